import type { PointKeys } from "../charts/kind.ts";

/**
 * A chart's values as the drawing marks them: one `<g>` per value (or missing value) carrying its
 * keys, found in whichever drawing the stylesheet shows, made readable by assistive technology,
 * and reached from one another by arrow key or from the pointer.
 */

/** The elements of a drawing that stand for a value or a missing value. */
export const POINT = "[data-value],[data-reason]";

/** The keys of a value's element, as the chart wrote them. */
export function keysOf(el: Element): PointKeys {
  const d = (el as HTMLElement | SVGElement).dataset;
  return { series: d.series, bar: d.bar, period: d.period, group: d.group, share: d.share };
}

/** A drawing's values, in the order drawn: `<g>` elements only, so a map's links (`<a>` with the same keys) are never taken for values. */
export function points(svg: SVGSVGElement): SVGGElement[] {
  return [...svg.querySelectorAll<SVGGElement>(POINT)].filter((el) => el.matches("g") && !el.closest("a"));
}

/** Exposes the values to assistive technology and hides the drawing around them. */
export function expose(svg: SVGSVGElement): void {
  svg.setAttribute("role", "group");
  const walk = (el: Element) => {
    for (const child of [...el.children]) {
      // A link keeps its role and name: it is a way to a page, not a value to read.
      if (child.matches("a")) continue;
      if (child.matches(POINT)) {
        child.setAttribute("role", "img");
        child.setAttribute("aria-label", child.querySelector("title")?.textContent ?? "");
        child.querySelector("title")?.remove();
      } else if (child.querySelector(POINT)) walk(child);
      else if (el !== svg || !["title", "desc"].includes(child.localName)) child.setAttribute("aria-hidden", "true");
    }
  };
  walk(svg);
}

/** Whether the value with keys `a` is the one `b` asks for (keys `b` leaves out match any). */
export function same(a: PointKeys | null, b: PointKeys): boolean {
  const matches = (key: keyof PointKeys) => b[key] === undefined || a?.[key] === b[key];
  return !!a && a.series === b.series && a.bar === b.bar && matches("group") && matches("share") && matches("period");
}

/** The neighbour of `from` for an arrow key: along its line, or the nearest in time on the next line. */
export function neighbour(list: SVGGElement[], from: SVGGElement, key: string): SVGGElement | undefined {
  const i = list.indexOf(from);
  if (key === "Home") return list[0];
  if (key === "End") return list[list.length - 1];
  const series = from.dataset.series;
  if (series === undefined) return list[i + (key === "ArrowRight" || key === "ArrowDown" ? 1 : -1)];
  const lines = [...new Set(list.map((p) => p.dataset.series))];
  const own = list.filter((p) => p.dataset.series === series).sort((a, b) => a.getBoundingClientRect().x - b.getBoundingClientRect().x);
  const j = own.indexOf(from);
  if (key === "ArrowRight") return own[j + 1];
  if (key === "ArrowLeft") return own[j - 1];
  const next = lines[lines.indexOf(series) + (key === "ArrowDown" ? 1 : -1)];
  const x = from.getBoundingClientRect().x;
  return list
    .filter((p) => p.dataset.series === next)
    .sort((a, b) => Math.abs(a.getBoundingClientRect().x - x) - Math.abs(b.getBoundingClientRect().x - x))[0];
}

/** The value under or nearest to (x, y), within a finger's width. */
export function nearestTo(list: SVGGElement[], x: number, y: number): SVGGElement | undefined {
  let best: SVGGElement | undefined;
  let bestDistance = 24;
  for (const el of list) {
    const r = el.getBoundingClientRect();
    const distance = Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
    if (distance < bestDistance) [best, bestDistance] = [el, distance];
  }
  return best;
}

/** A chart box's drawings, one per width, and the values of the one on screen. */
export interface Drawings {
  /** Every drawing, shown or not. */
  all(): SVGSVGElement[];
  /** The values of the drawing the stylesheet shows at the box's width (the others have no boxes). */
  shown(): SVGGElement[];
  /** The value with `keys` in the drawing shown. */
  find(keys: PointKeys): SVGGElement | undefined;
  /** Makes the value with `keys` the chart's one tab stop, in every drawing, so it stays put if the box changes size. */
  rove(keys: PointKeys): void;
}

/** The drawings in the chart box `box`. */
export function drawingsIn(box: HTMLElement): Drawings {
  const all = () => [...box.querySelectorAll<SVGSVGElement>("svg")];
  const shown = () => {
    const svg = all().find((s) => s.getClientRects().length > 0);
    return svg ? points(svg) : [];
  };
  return {
    all,
    shown,
    find: (keys) => shown().find((el) => same(keysOf(el), keys)),
    rove: (keys) => {
      for (const svg of all()) {
        const values = points(svg);
        const stop = values.find((p) => same(keysOf(p), keys)) ?? values[0];
        values.forEach((p) => p.setAttribute("tabindex", p === stop ? "0" : "-1"));
      }
    },
  };
}
