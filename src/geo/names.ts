/**
 * Name matching for places: DfE's files spell one authority several ways ("Bristol City of",
 * "Bristol, City of"; "Kingston Upon Hull, City of"; "Isles Of Scilly"), so names are compared
 * by a key that ignores case, punctuation and spacing.
 */

/** The key two spellings share when they differ only in case, punctuation, accents or spacing. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** A URL-safe slug of a name: lower case words joined by hyphens. */
export function nameSlug(name: string): string {
  return nameKey(name).replace(/ /g, "-");
}
