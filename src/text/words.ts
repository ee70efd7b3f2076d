/** Words that keep their capital inside a sentence: ethnic groups and places are proper names. */
const PROPER = /^(Black|White|Asian|Mixed|Chinese|Gypsy|Irish|Traveller|Indian|Pakistani|Bangladeshi|Caribbean|African|British|London|England|English|Wales|Welsh|Scotland|UK)\b/;

/** A label as it reads inside a sentence: its first letter in lower case, unless its first word is an acronym (`SEN provision`, `IDACI decile`) or a proper name (`Black children`, `Safer Schools Officers`). */
export function inSentence(label: string): string {
  const first = /^\S+/.exec(label)?.[0] ?? "";
  if (/^[A-Z0-9]{2,}\b/.test(first) || /^[A-Z][A-Z]/.test(first) || PROPER.test(first) || /^[A-Z][a-z]+ (and )?[A-Z][a-z]/.test(label)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}
