import type { Source } from "../data/types.ts";
import { html, type Markup } from "../text/html.ts";

/**
 * How a source is cited: short in tables (one click to the publication), full in source lists.
 */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `2021-07-27` → `27 Jul 2021`; `2021-07` → `Jul 2021`; anything else as written. */
export function formatDate(date: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!m) return date;
  const [, year, month, day] = m;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  return [day ? String(Number(day)) : "", monthName ?? "", year].filter(Boolean).join(" ");
}

/** The anchor id of a source's entry in a page's source list. */
export function sourceAnchor(id: string): string {
  return `source-${id.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}

/** Short citation text: publisher and date. */
export function shortCitation(source: Source): string {
  return [source.publisher || source.title, formatDate(source.date)].filter(Boolean).join(", ");
}

/** A one-click link to a source: the publication itself when it has an address, else its entry below. */
export function sourceLink(source: Source | undefined, fallbackId: string | null): Markup {
  if (!source) return fallbackId ? html`<span>${fallbackId}</span>` : html`<span>not given</span>`;
  const href = source.path || `#${sourceAnchor(source.id)}`;
  return html`<a href="${href}">${shortCitation(source)}</a>`;
}

/** The full citation: title, publisher, date, locator, link, and any re-publication it was read from; `anchored` gives it the id links point to (once per page). */
export function fullCitation(source: Source, anchored = false): Markup {
  const title = source.path ? html`<a href="${source.path}">${source.title}</a>` : html`${source.title}`;
  const secondary = source.secondary
    ? html` As reported by ${source.secondary.path ? html`<a href="${source.secondary.path}">${source.secondary.title || source.secondary.publisher}</a>` : source.secondary.title || source.secondary.publisher}${source.secondary.publisher && source.secondary.title ? html` (${source.secondary.publisher})` : ""}${source.secondary.date ? `, ${formatDate(source.secondary.date)}` : ""}.`
    : "";
  const flag = source.unconfirmed ? html` <strong class="flag">Unconfirmed: shown flagged, not as a plain number.</strong>` : "";
  return html`<li${anchored ? html` id="${sourceAnchor(source.id)}"` : ""}><cite>${title}</cite>. ${[source.publisher, formatDate(source.date)].filter(Boolean).join(", ")}.${source.locator ? html` <span class="locator">${source.locator}.</span>` : ""}${secondary}${flag}</li>`;
}
