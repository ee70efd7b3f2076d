import type { View } from "../stats/view-types.ts";
import { html } from "../text/html.ts";
import { stateUrl, type ViewState } from "./permalink.ts";

/**
 * Controls for the comparisons section: pick the measure and the breakdown (one figure shown at
 * a time) and, in each figure that has one, the reference group. Ratios are recomputed by the
 * same pure function the build used, and chart, table and summary are redrawn together. The address
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

/** The redrawing code and the view's kind of chart, loaded once each, when first wanted. */
async function loadRedraw(view: View) {
  const { loadKind, redrawWithReference } = await import("./redraw.ts");
  const kind = await loadKind(view.kind);
  return (figure: HTMLElement, reference: string) => redrawWithReference(figure, kind, view, reference);
}

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
      if (record) {
        const reference = match.querySelector<HTMLSelectElement>("[data-reference-picker] select")?.value;
        remember({ view: match.dataset.viewId ?? "", show: "chart", ...(reference ? { reference } : {}) });
      }
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
  for (const picker of root.querySelectorAll<HTMLElement>("[data-reference-picker]")) wireReference(picker, state);
}

/**
 * Wires a figure's "Compare with" picker (written by the page, hidden until now): a new group
 * redraws the figure against it and goes into the address.
 */
function wireReference(picker: HTMLElement, state: ViewState | null): void {
  const figure = picker.closest<HTMLElement>("figure");
  const select = picker.querySelector("select");
  const base = figure && readView(figure);
  if (!figure || !select || !base) return;
  // The redrawing code is fetched as the reader reaches for the picker, before they change it.
  let redraw: ReturnType<typeof loadRedraw> | null = null;
  const load = () => (redraw ??= loadRedraw(base));
  for (const reach of ["focus", "pointerdown"]) select.addEventListener(reach, () => void load(), { once: true });
  select.addEventListener("change", async () => {
    const reference = select.value;
    const draw = await load();
    if (select.value !== reference) return;
    draw(figure, reference);
    // The address is updated in a task of its own, so the redrawn chart is not kept waiting for it.
    setTimeout(() => remember({ view: base.id, show: "chart", reference }), 0);
  });
  const wanted = state?.view === base.id ? state.reference : undefined;
  if (wanted && wanted !== select.value && [...select.options].some((o) => o.value === wanted)) {
    select.value = wanted;
    void load().then((draw) => draw(figure, wanted));
  }
  picker.hidden = false;
}
