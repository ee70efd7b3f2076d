import { comparisonChart } from "../charts/comparison-chart.ts";
import { drawingAt } from "../charts/responsive.ts";
import { PAGE_SIZES } from "../charts/sizes.ts";
import { withReference } from "../stats/comparison.ts";
import type { ChartSize, ComparisonView } from "../stats/view-types.ts";
import { comparisonTable } from "../site/comparison-table.ts";
import { summarise } from "../site/summary.ts";
import { html } from "../text/html.ts";

/** The latest redraw asked of each chart box, so a late one never overwrites a newer choice. */
const latest = new WeakMap<HTMLElement, number>();

/** Replaces the drawing `el` with a new one at the same width, from `draw`. */
function replaceDrawing(el: HTMLElement, size: ChartSize, draw: (size: ChartSize) => string): void {
  const template = document.createElement("template");
  template.innerHTML = drawingAt(size, draw);
  el.replaceWith(template.content);
}

/**
 * Redraws the drawing on screen at once and the hidden ones (other widths) in a later task, so
 * a reader waits for one drawing, not three.
 */
function redrawDrawings(box: HTMLElement, draw: (size: ChartSize) => string): void {
  const ticket = (latest.get(box) ?? 0) + 1;
  latest.set(box, ticket);
  const later: [HTMLElement, ChartSize][] = [];
  for (const el of box.querySelectorAll<HTMLElement>(".chart-size")) {
    const size = PAGE_SIZES.find((s) => String(s.width) === el.dataset.width);
    if (!size) continue;
    if (el.getClientRects().length) replaceDrawing(el, size, draw);
    else later.push([el, size]);
  }
  setTimeout(() => {
    if (latest.get(box) === ticket) for (const [el, size] of later) if (el.isConnected) replaceDrawing(el, size, draw);
  }, 0);
}

/**
 * A comparison redrawn for another reference group: chart, table, summary and subtitle from one
 * view. Loaded when a reader first reaches for the picker, so pages that are only read never
 * download it.
 */
export function redrawComparison(container: HTMLElement, base: ComparisonView, reference: string): void {
  const view = withReference(base, reference);
  const chart = container.querySelector<HTMLElement>("[data-chart]");
  if (chart) redrawDrawings(chart, (size) => comparisonChart(view, size));
  const table = container.querySelector(".table-wrap");
  if (table) {
    if (table.nextElementSibling?.matches(".symbol-key")) table.nextElementSibling.remove();
    const next = document.createElement("div");
    next.innerHTML = comparisonTable(view).value;
    table.replaceWith(...next.childNodes);
  }
  const summary = container.querySelector(".chart-summary ul");
  if (summary) summary.innerHTML = summarise(view).map((s) => html`<li>${s}</li>`.value).join("");
  const subtitle = container.querySelector(".chart-subtitle");
  if (subtitle) subtitle.textContent = view.subtitle;
  const island = container.querySelector<HTMLScriptElement>("script[data-view]");
  if (island) island.textContent = JSON.stringify(view).replace(/</g, "\\u003c");
  container.dataset.reference = view.reference;
}
