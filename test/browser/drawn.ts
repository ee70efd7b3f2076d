import type { Page } from "playwright-core";
import type { Drawn } from "../legibility/collisions.ts";
import { pathRuns, type Matrix } from "../legibility/path-runs.ts";

/** What a chart drew, as the browser laid it out: every label's, marker's and line's box or points, in screen px. */

/** One visible chart drawing on a page: its id, what it drew, and its width beside its column's. */
export interface DrawnChart {
  id: string;
  drawn: Drawn;
  width: number;
  /** The content width of the column the chart's box sits in. */
  columnWidth: number;
}

interface RawChart {
  id: string;
  width: number;
  columnWidth: number;
  labels: Drawn["labels"];
  markers: Drawn["markers"];
  lines: { d: string; matrix: Matrix; owner: string | null }[];
}

/** Every chart drawing shown on the page, measured by the browser (getBoundingClientRect, and each line's points through its screen matrix). */
export async function drawnCharts(page: Page): Promise<DrawnChart[]> {
  const raw: RawChart[] = await page.evaluate(() => {
    const rect = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    };
    const ownerOf = (el: Element): string | null => {
      const holder = el.closest("[data-series], [data-group], [data-annotation]");
      if (!holder) return null;
      return holder.getAttribute("data-series") ?? holder.getAttribute("data-group") ?? `event ${holder.getAttribute("data-annotation")}`;
    };
    const charts = [...document.querySelectorAll<SVGSVGElement>("svg[class^='chart-']")].filter((svg) => svg.checkVisibility() && svg.getBoundingClientRect().width > 0);
    return charts.map((svg) => {
      // The column is the grid track the chart's box sits in, less the box's own padding and border.
      const box = svg.closest(".chart-svg") ?? svg.parentElement!;
      const grid = box.parentElement!;
      const tracks = getComputedStyle(grid).display === "grid" ? getComputedStyle(grid).gridTemplateColumns.split(" ").map(parseFloat) : [grid.clientWidth];
      const gap = parseFloat(getComputedStyle(grid).columnGap) || 0;
      const offset = box.getBoundingClientRect().left - grid.getBoundingClientRect().left - grid.clientLeft - parseFloat(getComputedStyle(grid).paddingLeft);
      let start = 0;
      const track = tracks.find((t) => (offset <= start + 1 ? true : ((start += t + gap), false))) ?? tracks[0]!;
      const own = getComputedStyle(box);
      const columnWidth = track - ["paddingLeft", "paddingRight", "borderLeftWidth", "borderRightWidth"].reduce((sum, k) => sum + parseFloat(own[k as "paddingLeft"]), 0);
      const labels = [...svg.querySelectorAll("text")].map((t) => ({
        text: [...t.childNodes].map((n) => n.textContent).join(" ").trim(),
        box: rect(t),
        owner: ownerOf(t),
        value: t.classList.contains("value-label"),
      }));
      const markers = [...svg.querySelectorAll("circle, path[transform]")].filter((m) => !m.closest("defs, pattern")).map((m) => ({ box: rect(m), owner: ownerOf(m) }));
      const lines = [...svg.querySelectorAll("path[fill='none']:not([transform])")].map((p) => {
        const m = (p as SVGPathElement).getScreenCTM()!;
        return { d: p.getAttribute("d") ?? "", matrix: { a: m.a, b: m.b, c: m.c, d: m.d, e: m.e, f: m.f }, owner: ownerOf(p) };
      });
      return { id: svg.id, width: svg.getBoundingClientRect().width, columnWidth, labels, markers, lines };
    });
  });
  return raw.map((c) => ({
    id: c.id,
    width: c.width,
    columnWidth: c.columnWidth,
    drawn: { labels: c.labels, markers: c.markers, lines: c.lines.map((l) => ({ runs: pathRuns(l.d, l.matrix), owner: l.owner })) },
  }));
}
