import { formatDate } from "../text/dates.ts";
import { html, type Markup } from "../text/html.ts";
import type { Source } from "./types.ts";

/**
 * How a source is cited wherever a figure is shown: short beside a figure (tables, tooltips,
 * downloads), with a one-click link to the publication, and in one line in a CSV header.
 */

/** The anchor id of a source's entry in a page's source list. */
export function sourceAnchor(id: string): string {
  return `source-${id.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}

/** Each source once, by id, in the order first met: pages that list the sources of several charts or files. */
export function uniqueSources(sources: Iterable<Source>): Source[] {
  const seen = new Map<string, Source>();
  for (const s of sources) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
}

/** Short citation text: publisher and date. */
export function shortCitation(source: Source): string {
  return [source.publisher || source.title, formatDate(source.date)].filter(Boolean).join(", ");
}

/** The one line naming a chart's sources, as drawn under it in files, previews and embeds: "Source: …" or "Sources: …; …". */
export function sourcesLine(sources: readonly Source[]): string {
  return `${sources.length === 1 ? "Source" : "Sources"}: ${sources.map(shortCitation).join("; ")}`;
}

/** A one-click link to a source: the publication itself when it has an address, else its entry in the page's list. */
export function sourceLink(source: Source | undefined, fallbackId: string | null): Markup {
  if (!source) return fallbackId ? html`<span>${fallbackId}</span>` : html`<span>not given</span>`;
  const href = source.path || `#${sourceAnchor(source.id)}`;
  return html`<a href="${href}">${shortCitation(source)}</a>`;
}

/** A citation in one line: publisher, title, date, locator and address, and the report it was read from. */
export function citationText(source: Source): string {
  const parts = [source.publisher, source.title, formatDate(source.date), source.locator, source.path].filter(Boolean);
  const secondary = source.secondary ? `; as reported by ${[source.secondary.publisher, source.secondary.title, formatDate(source.secondary.date), source.secondary.path].filter(Boolean).join(", ")}` : "";
  return `${parts.join(", ")}${secondary}${source.unconfirmed ? " (unconfirmed)" : ""}`;
}
