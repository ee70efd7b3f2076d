/** Words that keep their capital inside a sentence, as published tables write them: ethnic groups, nations and places are proper names. */
export const PROPER_WORDS: ReadonlySet<string> = new Set([
  "White", "Black", "Asian", "Mixed", "British", "Irish", "Caribbean", "African", "Indian", "Pakistani", "Bangladeshi", "Chinese", "Roma", "Gypsy", "Traveller",
  "English", "Welsh", "Scottish", "London", "England", "Wales", "Scotland", "UK",
]);

/** A sentence's first letter in capitals: "Officers in London's schools rose…". */
export function sentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A label as it reads inside a sentence: its first letter in lower case, unless its first word is an acronym (`SEN provision`, `IDACI decile`) or a proper name (`Black children`, `Safer Schools Officers`). */
export function inSentence(label: string): string {
  const first = /^\S+/.exec(label)?.[0] ?? "";
  if (/^[A-Z0-9]{2,}\b/.test(first) || /^[A-Z][A-Z]/.test(first) || PROPER_WORDS.has(first.replace(/[^A-Za-z]+$/, "")) || /^[A-Z][a-z]+ (and )?[A-Z][a-z]/.test(label)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}
