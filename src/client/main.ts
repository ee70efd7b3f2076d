import "./style.css";
import type { View } from "../stats/view-types.ts";
import { reportHeight } from "./embed-height.ts";
import { enhanceFigure } from "./figure-tools.ts";
import { readState } from "./permalink.ts";
import { redrawCharts } from "./redraw.ts";
import { enhanceComparisons } from "./comparisons.ts";
import { enhancePlaceFinders } from "./place-finder.ts";

/**
 * Progressive enhancement: every page is complete without this. It fits charts to their width,
 * adds the chart tools, restores a view named in the address, and sizes embeds in their host.
 */

const state = readState(location.href);
const prepared = new Map<string, () => void>();
for (const island of document.querySelectorAll<HTMLScriptElement>("script[data-view]")) {
  const figure = island.closest<HTMLElement>("figure");
  if (!figure || !island.textContent) continue;
  const view = JSON.parse(island.textContent) as View;
  const points = enhanceFigure(figure, view, state?.view === view.id ? state : null);
  if (points) prepared.set(view.id, points.prepare);
}
enhanceComparisons(document, state);
enhancePlaceFinders(document);
redrawCharts(document, (id) => prepared.get(id)?.());
if (state) document.getElementById(state.view)?.scrollIntoView();
if (document.documentElement.classList.contains("embed")) reportHeight(document);
