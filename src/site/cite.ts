import { sourceAnchor } from "../data/citation.ts";
import type { Source } from "../data/types.ts";
import { formatDate } from "../text/dates.ts";
import { html, type Markup } from "../text/html.ts";

/** A source in full in a page's source list; short citations beside figures are in `data/citation.ts`. */

/** The full citation: title, publisher, date, locator, link, and any re-publication it was read from; `anchored` gives it the id links point to (once per page). */
export function fullCitation(source: Source, anchored = false): Markup {
  const title = source.path ? html`<a href="${source.path}">${source.title}</a>` : html`${source.title}`;
  const secondary = source.secondary
    ? html` As reported by ${source.secondary.path ? html`<a href="${source.secondary.path}">${source.secondary.title || source.secondary.publisher}</a>` : source.secondary.title || source.secondary.publisher}${source.secondary.publisher && source.secondary.title ? html` (${source.secondary.publisher})` : ""}${source.secondary.date ? `, ${formatDate(source.secondary.date)}` : ""}.`
    : "";
  const flag = source.unconfirmed ? html` <strong class="flag">Unconfirmed: shown flagged, not as a plain number.</strong>` : "";
  return html`<li${anchored ? html` id="${sourceAnchor(source.id)}"` : ""}><cite>${title}</cite>. ${[source.publisher, formatDate(source.date)].filter(Boolean).join(", ")}.${source.locator ? html` <span class="locator">${source.locator}.</span>` : ""}${secondary}${flag}</li>`;
}
