/** Lower-case letters, digits and single dashes, none at either end: safe in ids and URLs. */
export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "x";
}
