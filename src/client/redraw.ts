import type { ChartKind } from "../charts/kind.ts";
import { drawingAt } from "../charts/responsive.ts";
import { PAGE_SIZES } from "../charts/sizes.ts";
import type { ChartSize, View } from "../stats/view-types.ts";
import { html } from "../text/html.ts";

/**
 * A view re-based on another of its groups, redrawn in the page: chart, table, summary, subtitle
 * and data island from one view, by the view's own kind of chart (loaded by its name), computed
 * by the same functions the build used. Loaded when a reader first reaches for the picker, so
 * pages that are only read never download it.
 */

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

/** Replaces the figure's table and its symbol key with the view's. */
function replaceTable(figure: HTMLElement, table: string): void {
  const wrap = figure.querySelector(".table-wrap");
  if (!wrap) return;
  if (wrap.nextElementSibling?.matches(".symbol-key")) wrap.nextElementSibling.remove();
  const next = document.createElement("div");
  next.innerHTML = table;
  wrap.replaceWith(...next.childNodes);
}

/** A view's kind of chart, from its module: the kind's folder and its export are both named by its kind. */
export async function loadKind(kind: View["kind"]): Promise<ChartKind<View>> {
  const module = (await import(`../charts/${kind}/index.ts`)) as Record<string, ChartKind<View>>;
  return module[kind]!;
}

/** Redraws the figure `figure` for `base` read against `reference`; a kind that cannot be re-based is left as it is. */
export function redrawWithReference(figure: HTMLElement, kind: ChartKind<View>, base: View, reference: string): void {
  if (!kind.rebase) return;
  const view = kind.rebase.withReference(base, reference);
  const chart = figure.querySelector<HTMLElement>("[data-chart]");
  if (chart) redrawDrawings(chart, (size) => kind.draw(view, size));
  replaceTable(figure, kind.table(view).value);
  const summary = figure.querySelector(".chart-summary ul");
  if (summary) summary.innerHTML = kind.summary(view).map((s) => html`<li>${s}</li>`.value).join("");
  const subtitle = figure.querySelector(".chart-subtitle");
  if (subtitle) subtitle.textContent = view.subtitle;
  const island = figure.querySelector<HTMLScriptElement>("script[data-view]");
  if (island) island.textContent = JSON.stringify(view).replace(/</g, "\\u003c");
}
