import { formatProblem } from "../data/problems.ts";
import type { Problem } from "../data/types.ts";
import { html, type Markup } from "../text/html.ts";

/**
 * The home page's "Not shown" notice: when a build skips files with errors
 * (`DATA_ERRORS=skip`), it says which files are missing from the site and why, so a gap is
 * never silent.
 */

/** A data file left out of the site because it has errors, with those errors. */
export interface LeftOut {
  /** The data file as messages name it, e.g. `data/officers.csv`. */
  file: string;
  errors: Problem[];
}

/** How many of a file's errors the notice quotes; the rest are counted. */
const QUOTED = 3;

/** The notice naming each left-out file with its first errors, or nothing when none was left out. */
export function notShownSection(leftOut: LeftOut[]): Markup {
  if (leftOut.length === 0) return html``;
  const files = leftOut.length === 1 ? "One data file has errors, so it is" : `${leftOut.length} data files have errors, so they are`;
  return html`<section aria-labelledby="not-shown-heading" class="warnings not-shown">
<h2 id="not-shown-heading">Not shown</h2>
<p>${files} left out of this site until fixed. <code>npm run check -- data/</code> lists every problem.</p>
<ul>${leftOut.map((f) => {
    const more = f.errors.length - QUOTED;
    return html`<li><code>${f.file}</code><ul>${f.errors.slice(0, QUOTED).map((e) => html`<li><code>${formatProblem(e)}</code></li>`)}${more > 0 ? html`<li>and ${more} more ${more === 1 ? "error" : "errors"}</li>` : ""}</ul></li>`;
  })}</ul>
</section>`;
}
