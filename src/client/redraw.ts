import { DEFAULT_SIZE, NARROW_SIZE } from "../charts/sizes.ts";
import type { View } from "../stats/view-types.ts";
import { chartDrawer } from "./render.ts";

/** Reads the view a chart was drawn from, out of its JSON island. */
function viewFor(root: ParentNode, id: string): View | null {
  const island = root.querySelector<HTMLScriptElement>(`script[data-view="${CSS.escape(id)}"]`);
  return island?.textContent ? (JSON.parse(island.textContent) as View) : null;
}

/** The size to draw at for a container width: text stays legible on phones, charts fill wide screens. */
export function sizeFor(width: number): { width: number; height: number } {
  const w = Math.max(NARROW_SIZE.width, Math.round(width));
  const height = Math.round(Math.min(DEFAULT_SIZE.height, Math.max(NARROW_SIZE.height, w * 0.6)));
  return { width: w, height };
}

/** Resolves in a fresh task, letting the browser handle input and paint in between. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Redraws each pre-rendered chart at its container's width with the same code that drew it at
 * build time; only the SVG is replaced, and `drawn` hears of each redraw so tools can re-attach.
 */
export function redrawCharts(root: Document, drawn: (viewId: string) => void = () => {}): void {
  const containers = [...root.querySelectorAll<HTMLElement>("[data-chart]")];
  const widths = new WeakMap<HTMLElement, number>();
  const draw = async (el: HTMLElement) => {
    const width = el.clientWidth;
    if (!width || Math.abs((widths.get(el) ?? DEFAULT_SIZE.width) - width) < 8) return;
    const id = el.dataset.chart ?? "";
    const kind = viewFor(root, id)?.kind;
    if (!kind || !el.querySelector("svg")) return;
    widths.set(el, width);
    const render = await chartDrawer(kind);
    // Each chart is drawn in a task of its own, so a page of charts never blocks input for long.
    await nextTask();
    // Read again after loading: a later size, or a control, may have changed the chart meanwhile.
    const view = viewFor(root, id);
    const old = el.querySelector("svg");
    if (widths.get(el) !== width || !view || !old) return;
    const template = root.createElement("template");
    template.innerHTML = render(view, sizeFor(width));
    const svg = template.content.querySelector("svg");
    if (!svg) return;
    const hadFocus = old.contains(root.activeElement);
    old.replaceWith(svg);
    drawn(id);
    if (hadFocus) el.querySelector<SVGElement>('[tabindex="0"]')?.focus();
  };
  const observer = new ResizeObserver((entries) => entries.forEach((e) => void draw(e.target as HTMLElement)));
  containers.forEach((el) => observer.observe(el));
}
