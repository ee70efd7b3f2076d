/** A label as it reads inside a sentence: its first letter in lower case, unless its first word is an acronym (`SEN provision`, `IDACI decile`). */
export function inSentence(label: string): string {
  const first = /^\S+/.exec(label)?.[0] ?? "";
  if (/^[A-Z0-9]{2,}\b/.test(first) || /^[A-Z][A-Z]/.test(first)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}
