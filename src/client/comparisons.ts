import type { View } from "../stats/view-types.ts";
import { html } from "../text/html.ts";
import { stateUrl, type ViewState } from "./permalink.ts";

/**
 * Controls for the comparisons section: pick the measure and the breakdown (one figure shown at
 * a time) and, in each figure, the reference group. Ratios are recomputed by the same pure
 * function the build used, and chart, table and summary are redrawn together. The address
 * names the figure shown and its reference group, so a copied link restores both.
 */

function readView(container: Element): View | null {
  const island = container.querySelector<HTMLScriptElement>("script[data-view]");
  return island?.textContent ? (JSON.parse(island.textContent) as View) : null;
}

function select(id: string, label: string, options: string[], value: string): { wrap: HTMLElement; select: HTMLSelectElement } {
  const wrap = document.createElement("div");
  wrap.className = "control";
  wrap.innerHTML = html`<label for="${id}">${label}</label> <select id="${id}">${options.map((o) => html`<option${o === value ? html` selected` : ""}>${o}</option>`)}</select>`.value;
  return { wrap, select: wrap.querySelector("select")! };
}

/** The redrawing code, loaded once, when first wanted. */
let redrawing: Promise<typeof import("./comparison-redraw.ts")> | null = null;
const loadRedraw = () => (redrawing ??= import("./comparison-redraw.ts"));

function remember(state: ViewState): void {
  history.replaceState(history.state, "", stateUrl(location.href, state));
}

/** Adds measure and breakdown pickers to each comparisons section and a reference-group picker to each comparison. */
export function enhanceComparisons(root: Document, state: ViewState | null): void {
  for (const section of root.querySelectorAll<HTMLElement>("[data-comparisons]")) {
    const items = [...section.querySelectorAll<HTMLElement>(".comparison")];
    const controls = section.querySelector<HTMLElement>("[data-controls]");
    if (!controls || items.length < 2) continue;
    const linked = items.find((i) => i.dataset.viewId === state?.view);
    let measure = linked?.dataset.measure ?? items[0]!.dataset.measure ?? "";
    let breakdown = linked?.dataset.breakdown ?? items[0]!.dataset.breakdown ?? "";
    const measures = [...new Set(items.map((i) => i.dataset.measure ?? ""))];
    const breakdownsFor = (m: string) => [...new Set(items.filter((i) => i.dataset.measure === m).map((i) => i.dataset.breakdown ?? "").filter(Boolean))];
    const show = (record: boolean) => {
      const match = items.find((i) => i.dataset.measure === measure && (i.dataset.breakdown ?? "") === breakdown) ?? items.find((i) => i.dataset.measure === measure)!;
      breakdown = match.dataset.breakdown ?? "";
      for (const item of items) item.hidden = item !== match;
      const choices = breakdownsFor(measure);
      breakdownControl.select.innerHTML = choices.map((b) => html`<option${b === breakdown ? html` selected` : ""}>${b}</option>`.value).join("");
      breakdownControl.wrap.hidden = choices.length < 2;
      if (record) remember({ view: match.dataset.viewId ?? "", show: "chart", ...(match.dataset.reference ? { reference: match.dataset.reference } : {}) });
    };
    const measureControl = select(`${section.id || "comparisons"}-measure`, "Measure", measures, measure);
    const breakdownControl = select(`${section.id || "comparisons"}-breakdown`, "Breakdown", breakdownsFor(measure), breakdown);
    measureControl.select.addEventListener("change", () => {
      measure = measureControl.select.value;
      show(true);
    });
    breakdownControl.select.addEventListener("change", () => {
      breakdown = breakdownControl.select.value;
      show(true);
    });
    controls.append(measureControl.wrap, breakdownControl.wrap);
    controls.hidden = false;
    show(false);
  }
  for (const container of root.querySelectorAll<HTMLElement>(".comparison")) {
    const base = readView(container);
    if (!base || base.kind !== "comparison") continue;
    container.dataset.reference = base.reference;
    const control = select(`${base.id}-reference`, "Compare with", base.rows.map((r) => r.key), base.reference);
    container.querySelector(".chart-subtitle")?.after(control.wrap);
    // The redrawing code is fetched as the reader reaches for the picker, before they change it.
    for (const reach of ["focus", "pointerdown"]) control.select.addEventListener(reach, () => void loadRedraw(), { once: true });
    control.select.addEventListener("change", async () => {
      const reference = control.select.value;
      const { redrawComparison } = await loadRedraw();
      if (control.select.value !== reference) return;
      redrawComparison(container, base, reference);
      // The address is updated in a task of its own, so the redrawn chart is not kept waiting for it.
      setTimeout(() => remember({ view: base.id, show: "chart", reference }), 0);
    });
    const wanted = state?.view === base.id ? state.reference : undefined;
    if (wanted && wanted !== base.reference && base.rows.some((r) => r.key === wanted)) {
      control.select.value = wanted;
      void loadRedraw().then(({ redrawComparison }) => redrawComparison(container, base, wanted));
    }
  }
}
