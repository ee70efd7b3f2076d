import "./style.css";
import type { View } from "../stats/view-types.ts";
import { reportHeight } from "./embed-height.ts";
import { enhanceFigure } from "./figure-tools.ts";
import { readState } from "./permalink.ts";
import { enhanceComparisons } from "./comparisons.ts";
import { enhancePlaceFinders } from "./place-finder.ts";
import { enhanceTables } from "./table-tools.ts";

/**
 * Progressive enhancement: every page is complete without this, charts included (each is drawn
 * at every size it may be shown at, and the stylesheet picks one). It adds the chart tools,
 * restores a view named in the address, and sizes embeds in their host.
 */

const state = readState(location.href);
for (const island of document.querySelectorAll<HTMLScriptElement>("script[data-view]")) {
  const figure = island.closest<HTMLElement>("figure");
  if (!figure || !island.textContent) continue;
  const view = JSON.parse(island.textContent) as View;
  enhanceFigure(figure, view, state?.view === view.id ? state : null);
}
enhanceComparisons(document, state);
enhancePlaceFinders(document);
enhanceTables(document);
if (state) document.getElementById(state.view)?.scrollIntoView();
if (document.documentElement.classList.contains("embed")) reportHeight(document);
