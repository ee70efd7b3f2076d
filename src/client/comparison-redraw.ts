import { comparisonChart } from "../charts/comparison-chart.ts";
import { drawnAtEverySize } from "../charts/responsive.ts";
import { withReference } from "../stats/comparison.ts";
import type { ComparisonView } from "../stats/view-types.ts";
import { comparisonTable } from "../site/comparison-table.ts";
import { summarise } from "../site/summary.ts";
import { html } from "../text/html.ts";

/**
 * A comparison redrawn for another reference group: chart, table, summary and subtitle from one
 * view. Loaded when a reader first reaches for the picker, so pages that are only read never
 * download it.
 */
export function redrawComparison(container: HTMLElement, base: ComparisonView, reference: string): void {
  const view = withReference(base, reference);
  const chart = container.querySelector<HTMLElement>("[data-chart]");
  if (chart) chart.innerHTML = drawnAtEverySize((size) => comparisonChart(view, size));
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
