import { scaleLog } from "d3-scale";
import { periodMidpoint } from "../../data/period.ts";
import type { ChartSize, RatioTrendView } from "../../stats/view-types.ts";
import { ratioDomain, ratioTickText } from "../comparison/axis.ts";
import { blockHeight, textBlock, type Box } from "../labels.ts";
import { GAP, r1 } from "../svg.ts";
import { textWidth, wrapText } from "../text.ts";
import type { RatioTrendLayout } from "./layout-types.ts";
import { SMALL, TITLE, layoutRatioPanel, type RatioFrame } from "./panel.ts";
import { gapWords, latestWords } from "./words.ts";

/**
 * The ratio-over-time layout: one small chart per group, each its ratio to the reference group in
 * every period, on one log scale shared by every panel so a ratio of 2 and of ½ are as far from
 * the rule at 1×. A whisker is the 95% interval; a period with no ratio breaks the line and is
 * named under the panel, never drawn.
 */

/** A panel is never drawn narrower than this. */
export const PANEL_MIN_WIDTH = 200;
const COLUMN_GAP = 18;
const ROW_GAP = 22;
const PLOT_HEIGHT = { grid: 120, stacked: 100 };
/** Ticks on the ratio axis keep at least this far apart, in px. */
const TICK_SPACING = 16;

/** Every value a panel draws: ratios and the ends of their intervals. */
function drawnValues(view: RatioTrendView): number[] {
  return view.series.flatMap((s) => s.points.flatMap((p) => (p.ratio.kind === "value" ? [p.ratio.value, p.ratio.lower ?? p.ratio.value, p.ratio.upper ?? p.ratio.value] : [])));
}

/** Powers of two on the axis, every k-th (always 1) with the smallest k that keeps them apart. */
function ratioAxisTicks(domain: [number, number], height: number): { value: number; text: string }[] {
  const [e0, e1] = [Math.round(Math.log2(domain[0])), Math.round(Math.log2(domain[1]))];
  const perStep = height / Math.max(1, e1 - e0);
  const k = Math.max(1, Math.ceil(TICK_SPACING / perStep));
  const ticks: { value: number; text: string }[] = [];
  for (let e = e0; e <= e1; e++) if (e % k === 0) ticks.push({ value: 2 ** e, text: ratioTickText(2 ** e) });
  return ticks;
}

/** Places every panel, whisker, line and label. */
export function layoutRatioTrend(view: RatioTrendView, size: ChartSize): RatioTrendLayout {
  const width = Math.max(PANEL_MIN_WIDTH, size.width);
  const times = view.periods.map(periodMidpoint).filter(Number.isFinite);
  if (!view.series.length || !times.length) return emptyLayout(width, "No groups to compare");
  const columns = Math.min(view.series.length, Math.max(1, Math.floor(width / PANEL_MIN_WIDTH)));
  const panelWidth = (width - 2 * GAP - (columns - 1) * COLUMN_GAP) / columns;
  const captionWrap = wrapText(`Ratio to the rate of ${view.reference} (1× is the same rate), log scale; whiskers are 95% intervals`, width - 2 * GAP, SMALL, 3);
  const caption = textBlock(captionWrap.lines, captionWrap.width, SMALL, "start", GAP, GAP);

  const plotHeight = columns === 1 ? PLOT_HEIGHT.stacked : PLOT_HEIGHT.grid;
  const domain = ratioDomain(drawnValues(view));
  const ticks = ratioAxisTicks(domain, plotHeight);
  const yLabelWidth = Math.max(...ticks.map((t) => textWidth(t.text, SMALL)));
  const timeDomain: [number, number] = [Math.min(...times), Math.max(...times)];

  const panels: RatioTrendLayout["panels"] = [];
  let top = caption.box.y1 + 12;
  for (let row = 0; row * columns < view.series.length; row++) {
    const inRow = view.series.slice(row * columns, (row + 1) * columns);
    const titles = inRow.map((s) => wrapText(s.label.trim() || s.key, panelWidth, TITLE, 2));
    const notes = inRow.map((s) => {
      const words = gapWords(view, s);
      return words ? wrapText(words, panelWidth, SMALL, 6) : null;
    });
    const latest = inRow.map((s) => wrapText(latestWords(view, s), panelWidth, SMALL, 1));
    const header = Math.max(...titles.map((t) => blockHeight(t.lines.length, TITLE))) + 2 + blockHeight(1, SMALL);
    const plotTop = r1(top + header + 10);
    const plotBottom = r1(plotTop + plotHeight);
    const axisBottom = plotBottom + 6 + blockHeight(1, SMALL);
    const noteLines = Math.max(0, ...notes.map((n) => n?.lines.length ?? 0));
    const bottom = axisBottom + (noteLines ? 6 + blockHeight(noteLines, SMALL) : 0);
    const y = scaleLog().domain(domain).range([plotBottom, plotTop]);
    const frame: RatioFrame = { plotTop, plotBottom, axisBottom, yLabelWidth, ticks, y: (v) => r1(y(v)), timeDomain };
    inRow.forEach((series, col) => {
      const x0 = GAP + col * (panelWidth + COLUMN_GAP);
      const box: Box = { x0: r1(x0), y0: r1(top), x1: r1(x0 + panelWidth), y1: r1(bottom) };
      panels.push(layoutRatioPanel(view, series, { title: titles[col]!, latest: latest[col]!, gapNote: notes[col]! }, box, frame));
    });
    top = bottom + ROW_GAP;
  }
  return { kind: "ratio-trend", width, height: r1(top - ROW_GAP + GAP + 2), columns, caption, panels, empty: null };
}

/** The layout with nothing to plot: a message. */
function emptyLayout(width: number, text: string): RatioTrendLayout {
  return { kind: "ratio-trend", width, height: 80, columns: 1, caption: null, panels: [], empty: textBlock([text], textWidth(text, SMALL), SMALL, "middle", width / 2, 32) };
}
