import { citationText } from "../data/citation.ts";
import type { Source } from "../data/types.ts";

/**
 * The readme that travels beside a CSV download: what the figures are, where they come from, the
 * licence, the notes and the key to every symbol, so the CSV itself can start with its header.
 */

/** What a download says about itself. */
export interface About {
  title: string;
  subtitle?: string;
  sources: Source[];
  licence: string;
  notes: string[];
  /** The key to every symbol and qualifier in the figures. */
  symbols: string[];
  /** Where the file was downloaded from, when the site's address is known. */
  url?: string;
}

/** A titled list, or nothing when it is empty. */
function section(title: string, items: readonly string[]): string[] {
  return items.length ? [`## ${title}`, "", ...items.map((item) => `- ${item}`), ""] : [];
}

/** The readme as Markdown-flavoured plain text, naming the CSV it describes; CRLF line ends so any editor shows it whole. */
export function readmeText(about: About, csvName: string): string {
  const lines = [
    `# ${about.title}`,
    "",
    ...(about.subtitle ? [about.subtitle, ""] : []),
    `The figures are in ${csvName}: the header on line 1, then one row per figure, as published.`,
    "",
    ...section(about.sources.length === 1 ? "Source" : "Sources", about.sources.map(citationText)),
    "## Licence",
    "",
    about.licence || "not stated",
    "",
    ...section("Notes", about.notes),
    ...section("Symbols", about.symbols),
    ...(about.url ? [`Downloaded from ${about.url}`, ""] : []),
  ];
  return lines.join("\r\n");
}
