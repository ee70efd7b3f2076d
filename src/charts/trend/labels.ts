import { formatShort } from "../../data/cell-format.ts";
import type { Indicator } from "../../data/types.ts";
import { blockHeight, centredAt, nearestOnBox, placeAll, textBlock } from "../labels.ts";
import type { Anchor, Box, Candidate, Obstacles, Segment, TextBlock } from "../labels.ts";
import { MARKER_RADIUS } from "../markers.ts";
import { QUALIFIED_SUFFIX } from "../qualifiers.ts";
import { r1 } from "../svg.ts";
import { textWidth, wrapText } from "../text.ts";
import type { PlacedPoint, PlacedSeries } from "./layout-types.ts";
import { MAX_VALUE_LABELS, SERIES_FONT, SMALL } from "./style.ts";

/**
 * The trend chart's direct labels: each series named by its last point where its name fits
 * whole and touches no other text, then each value by its point when there are few.
 */

/** Directions a series label may sit in from its point, with how much less each is preferred. */
const DIRECTIONS: { dx: -1 | 0 | 1; dy: -1 | 0 | 1; penalty: number }[] = [
  { dx: 1, dy: 0, penalty: 0 },
  { dx: 1, dy: -1, penalty: 18 },
  { dx: 1, dy: 1, penalty: 20 },
  { dx: 0, dy: -1, penalty: 24 },
  { dx: 0, dy: 1, penalty: 26 },
  { dx: -1, dy: -1, penalty: 28 },
  { dx: -1, dy: 1, penalty: 30 },
  { dx: -1, dy: 0, penalty: 36 },
];

/** How far from its point a series label may move (px); beyond the first ring it gets a leader line. */
const RINGS = [0, 16, 32, 52, 76];

/**
 * Places series labels first, most constrained first, each only where it fits whole and touches
 * no other text, marker or line; then value labels likewise (only the emphasised series', when
 * one is). A series left without one is named in the key instead.
 */
export function placeLabels(series: PlacedSeries[], indicator: Pick<Indicator, "unit" | "decimals">, obstacles: Obstacles, bounds: Box, width: number, labelMax: number, emphasis?: string): void {
  const labelled = series.filter((s) => s.points.length);
  const names = placeAll(labelled, (s) => seriesLabelCandidates(s, width, labelMax), obstacles, bounds, true);
  for (const [s, placement] of names) {
    s.nameLabel = placement.block;
    s.nameLeader = placement.leader ? roundSegment(placement.leader) : null;
  }
  // With a series emphasised, only its values are labelled: the muted series' are in the table.
  const all = series.filter((s) => emphasis === undefined || s.key === emphasis).flatMap((s) => s.points);
  if (all.length > MAX_VALUE_LABELS) return;
  const text = (p: PlacedPoint): string => formatShort(p.cell, indicator) + (p.hollow ? QUALIFIED_SUFFIX : "");
  const values = placeAll(all, (p) => valueLabelCandidates(p, text(p)), obstacles, bounds, true);
  for (const [p, placement] of values) p.valueLabel = placement.block;
}

/**
 * Where a series label may go around its last point: level with it on the right first (nudged up
 * or down a little), then in eight directions at growing distances, wrapped to a few widths.
 */
function seriesLabelCandidates(s: PlacedSeries, width: number, maxWidth: number): Candidate[] {
  const p = s.points[s.points.length - 1]!;
  const out: Candidate[] = [];
  const r = MARKER_RADIUS;
  const wraps = new Map<number, ReturnType<typeof wrapText>>();
  const wrap = (w: number): ReturnType<typeof wrapText> => {
    const key = Math.round(w);
    if (!wraps.has(key)) wraps.set(key, wrapText(s.label, key, SERIES_FONT, 3));
    return wraps.get(key)!;
  };
  const add = (anchor: Anchor, ax: number, ay: number, vertical: -1 | 0 | 1, penalty: number, distance: number): void => {
    const room = anchor === "start" ? width - 2 - ax : anchor === "end" ? ax - 2 : 2 * Math.min(ax - 2, width - 2 - ax);
    for (const [i, share] of [1, 0.72, 0.5].entries()) {
      const w = Math.min(maxWidth, room) * share;
      if (w < 40) continue;
      const wrapped = wrap(w);
      // A label is shown whole or not at all: one that needs cutting goes to the key.
      if (wrapped.truncated) continue;
      let block = textBlock(wrapped.lines, wrapped.width, SERIES_FONT, anchor, ax, 0);
      block = vertical < 0 ? shiftTop(block, ay - (block.box.y1 - block.box.y0)) : vertical > 0 ? shiftTop(block, ay) : centredAt(block, ay);
      const cost = penalty + distance * 1.5 + i * 3 + (wrapped.lines.length - 1) * 8;
      const candidate: Candidate = { block, penalty: cost };
      if (distance > 0) candidate.leader = leaderTo(p, block.box);
      out.push(candidate);
    }
  };
  for (const dy of [0, -8, 8, -16, 16]) add("start", p.x + r + 5, p.y + dy, 0, Math.abs(dy) * 1.5, 0);
  for (const distance of RINGS) {
    for (const d of DIRECTIONS) {
      if (distance === 0 && d.dx === 1 && d.dy === 0) continue;
      const reach = r + 3 + distance;
      const ax = d.dx === 0 ? p.x : p.x + d.dx * (d.dy === 0 ? reach + 2 : Math.max(0, distance * 0.7) - r);
      const ay = d.dy === 0 ? p.y : p.y + d.dy * reach;
      const anchor: Anchor = d.dx > 0 ? "start" : d.dx < 0 ? "end" : "middle";
      add(anchor, ax, ay, d.dy, d.penalty, distance);
    }
  }
  return out;
}

/** A leader from just outside a marker to just outside a label's box. */
function leaderTo(p: { x: number; y: number }, box: Box): Segment {
  const end = nearestOnBox(box, p.x, p.y);
  const dx = end.x - p.x;
  const dy = end.y - p.y;
  const length = Math.hypot(dx, dy) || 1;
  const from = MARKER_RADIUS + 3;
  const to = Math.max(from, length - 2);
  return { x1: p.x + (dx / length) * from, y1: p.y + (dy / length) * from, x2: p.x + (dx / length) * to, y2: p.y + (dy / length) * to };
}

function roundSegment(s: Segment): Segment {
  return { x1: r1(s.x1), y1: r1(s.y1), x2: r1(s.x2), y2: r1(s.y2) };
}

/** The same block with its box's top edge at `top`. */
function shiftTop(b: TextBlock, top: number): TextBlock {
  const dy = top - b.box.y0;
  return { ...b, y: b.y + dy, box: { ...b.box, y0: b.box.y0 + dy, y1: b.box.y1 + dy } };
}

/** Where a value label may go around its point, most preferred first. */
function valueLabelCandidates(p: PlacedPoint, text: string): Candidate[] {
  const w = textWidth(text, SMALL);
  const h = blockHeight(1, SMALL);
  const r = MARKER_RADIUS;
  const at = (anchor: Anchor, x: number, top: number, penalty: number): Candidate => ({ block: textBlock([text], w, SMALL, anchor, x, top), penalty });
  return [
    at("middle", p.x, p.y - r - 2 - h, 0),
    at("middle", p.x, p.y + r + 2, 3),
    at("start", p.x + r - 2, p.y - r - h, 6),
    at("end", p.x - r + 2, p.y - r - h, 6),
    at("start", p.x + r + 3, p.y - h / 2, 8),
    at("end", p.x - r - 3, p.y - h / 2, 8),
    at("start", p.x + r - 2, p.y + r, 10),
    at("end", p.x - r + 2, p.y + r, 10),
    at("middle", p.x, p.y - r - 10 - h, 14),
    at("middle", p.x, p.y + r + 10, 16),
    at("start", p.x + r + 3, p.y - h - 4, 18),
    at("end", p.x - r - 3, p.y - h - 4, 18),
    at("start", p.x + r + 3, p.y + 4, 20),
    at("end", p.x - r - 3, p.y + 4, 20),
    at("middle", p.x, p.y - r - 18 - h, 24),
    at("middle", p.x, p.y + r + 18, 26),
  ];
}
