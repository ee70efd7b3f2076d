import { scaleLinear } from "d3-scale";
import type { ChartSize, MultiplesView } from "../../stats/view-types.ts";
import { valueTicks } from "../axes.ts";
import { groupTags } from "../group-marks.ts";
import { blockHeight, textBlock } from "../labels.ts";
import type { Box } from "../labels.ts";
import { flowLegend, type LegendItem } from "../legend.ts";
import { LEGEND_TEXT } from "../qualifiers.ts";
import { GAP, r1 } from "../svg.ts";
import { textWidth, wrapText } from "../text.ts";
import type { MultiplesLayout, MultiplesLegendEntry, PlacedPanel } from "./layout-types.ts";
import { SMALL, TITLE, layoutPanel, type Frame, type PanelText } from "./panel.ts";
import { gapWords } from "./words.ts";

/**
 * The small-multiples layout: one small line chart per group, each the group's rate over time, in
 * a grid of panels that share one value scale from 0 and one time span. Each panel is titled
 * with its group and labels its latest rate; the reference group's line is drawn faintly behind
 * every other panel. A missing rate breaks the line and is named under the panel, never drawn as zero.
 */

/** A panel is never drawn narrower than this, so columns = floor(width / PANEL_MIN_WIDTH). */
export const PANEL_MIN_WIDTH = 200;

const COLUMN_GAP = 18;
const ROW_GAP = 20;
/** Plot height: shorter when panels stack in one column, so a phone scrolls less. */
const PLOT_HEIGHT = { grid: 110, stacked: 90 };

/** Places every panel, line, marker and label. */
export function layoutMultiples(view: MultiplesView, size: ChartSize): MultiplesLayout {
  const width = Math.max(PANEL_MIN_WIDTH, size.width);
  const sources = new Map(view.sources.map((s) => [s.id, s]));
  const values = view.panels.flatMap((p) => p.points.flatMap((x) => (x.rate.kind === "value" ? [x.rate.value] : [])));
  const starts = view.periods.map((p) => Date.parse(p.start)).filter(Number.isFinite);
  const ends = view.periods.map((p) => Date.parse(p.end)).filter(Number.isFinite);
  if (!view.panels.length || !values.length || !starts.length || !ends.length) return emptyLayout(width, view.panels.length ? "No rates to plot" : "No groups to show");

  const columns = Math.min(view.panels.length, Math.max(1, Math.floor(width / PANEL_MIN_WIDTH)));
  const panelWidth = (width - 2 * GAP - (columns - 1) * COLUMN_GAP) / columns;
  const captionWrap = wrapText(`${view.measure.label}${view.place ? `, ${view.place}` : ""}`, width - 2 * GAP, SMALL, 2);
  const caption = textBlock(captionWrap.lines, captionWrap.width, SMALL, "start", GAP, GAP);

  // One value scale for every panel, from 0.
  const tickCount = 3;
  const plotHeight = columns === 1 ? PLOT_HEIGHT.stacked : PLOT_HEIGHT.grid;
  const y = scaleLinear().domain([0, Math.max(...values) || 1]).range([plotHeight, 0]).nice(tickCount);
  const ticks = valueTicks(y, tickCount, { unit: "" });
  const scale = { ticks, yMax: y.domain()[1]!, yLabelWidth: Math.max(...ticks.map((t) => textWidth(t.text, SMALL))), domain: [Math.min(...starts), Math.max(Math.max(...ends), Math.min(...starts) + 1)] as [number, number] };

  const texts: PanelText[] = view.panels.map((panel) => {
    const tag = groupTags(panel, true).join(", ");
    const note = gapWords(view, panel);
    return { title: wrapText(panel.label.trim() || panel.key, panelWidth, TITLE, 2), tag: tag ? wrapText(tag, panelWidth, SMALL, 1) : null, gapNote: note ? wrapText(note, panelWidth, SMALL, 3) : null };
  });
  const panels: PlacedPanel[] = [];
  let top = caption.box.y1 + 10;
  for (let row = 0; row * columns < view.panels.length; row++) {
    const inRow = view.panels.slice(row * columns, (row + 1) * columns);
    const rowTexts = texts.slice(row * columns, (row + 1) * columns);
    const header = Math.max(...rowTexts.map((t) => blockHeight(t.title.lines.length, TITLE) + (t.tag ? 2 + blockHeight(1, SMALL) : 0)));
    const plotTop = r1(top + header + 14);
    const plotBottom = r1(plotTop + plotHeight);
    const axisBottom = plotBottom + 6 + blockHeight(1, SMALL);
    const noteLines = Math.max(0, ...rowTexts.map((t) => t.gapNote?.lines.length ?? 0));
    const bottom = axisBottom + (noteLines ? 6 + blockHeight(noteLines, SMALL) : 0);
    const frame: Frame = { ...scale, plotTop, plotBottom, axisBottom };
    inRow.forEach((panel, col) => {
      const x0 = GAP + col * (panelWidth + COLUMN_GAP);
      const box: Box = { x0: r1(x0), y0: r1(top), x1: r1(x0 + panelWidth), y1: r1(bottom) };
      panels.push(layoutPanel(view, panel, rowTexts[col]!, box, frame, sources));
    });
    top = bottom + ROW_GAP;
  }
  const { legend, bottom } = layoutLegend(view, panels, width, top - ROW_GAP);
  return { kind: "multiples", width, height: r1(bottom + GAP + 2), columns, caption, panels, legend, empty: null };
}

/** The legend under the panels: the reference group's faint line, and hollow markers when any are drawn. */
function layoutLegend(view: MultiplesView, panels: PlacedPanel[], width: number, top: number): { legend: MultiplesLegendEntry[]; bottom: number } {
  const items: LegendItem<MultiplesLegendEntry["glyph"]>[] = [];
  if (panels.some((p) => p.ghost)) items.push({ glyph: "ghost", text: `${view.reference}, the reference group, for comparison`, glyphWidth: 24 });
  if (panels.some((p) => p.points.some((x) => x.hollow))) items.push({ glyph: "qualified", text: LEGEND_TEXT.qualified, glyphWidth: 14 });
  const placed = flowLegend(items, width, top + 12, SMALL);
  const legend = placed.entries.map((e) => ({ glyph: e.item.glyph, x: r1(e.x), cy: r1(e.cy), text: e.text }));
  return { legend, bottom: legend.length ? placed.bottom : top };
}

/** The layout of small multiples with nothing to plot: a message. */
function emptyLayout(width: number, text: string): MultiplesLayout {
  return { kind: "multiples", width, height: 80, columns: 1, caption: null, panels: [], legend: [], empty: textBlock([text], textWidth(text, SMALL), SMALL, "middle", width / 2, 32) };
}
