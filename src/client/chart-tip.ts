import type { PointInfo, PointKeys } from "../charts/kind.ts";
import type { View } from "../stats/view-types.ts";

/**
 * The tooltip of one chart box: its element, placed above (or below) the value it tells of, and
 * the words it gives, from the view's own kind of chart, loaded when a reader first reaches for
 * the chart: pages that are only read never fetch them.
 */

/** What a kind of chart's tooltip says, from its module's `tooltip.ts`. */
type Tooltip = (view: View, keys: PointKeys) => PointInfo | null;

const wordings = new Map<View["kind"], Promise<Tooltip>>();

/** The tooltip words of a kind of chart: its folder is named by its kind. */
export function loadWording(kind: View["kind"]): Promise<Tooltip> {
  let loading = wordings.get(kind);
  if (!loading) wordings.set(kind, (loading = import(`../charts/${kind}/tooltip.ts`).then((m: { tooltip: Tooltip }) => m.tooltip)));
  return loading;
}

/** A chart box's tooltip element. */
export interface ChartTip {
  element: HTMLElement;
  /** Shows `info` by the value `el`. */
  show(el: Element, info: PointInfo): void;
  hide(): void;
  hidden(): boolean;
}

/** The tooltip of the chart box `box`, hidden until shown. */
export function chartTip(box: HTMLElement): ChartTip {
  const element = document.createElement("div");
  element.className = "chart-tip";
  element.hidden = true;
  return {
    element,
    show(el, info) {
      element.replaceChildren(
        ...[info.heading, ...info.lines].map((text, i) => {
          const line = document.createElement(i === 0 ? "strong" : "span");
          line.textContent = text;
          return line;
        }),
      );
      element.hidden = false;
      const boxRect = box.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      const left = Math.min(Math.max(0, r.left - boxRect.left + r.width / 2 - element.offsetWidth / 2), Math.max(0, box.clientWidth - element.offsetWidth));
      const above = r.top - boxRect.top - element.offsetHeight - 8;
      element.style.left = `${left}px`;
      element.style.top = `${above >= 0 ? above : r.bottom - boxRect.top + 8}px`;
    },
    hide: () => void (element.hidden = true),
    hidden: () => element.hidden,
  };
}
