/**
 * Label placement shared by the charts: text blocks with their bounding boxes, and a greedy
 * placer that tries candidate positions in order of preference and keeps the one that collides
 * least with what is already drawn. Pure arithmetic, so the same labels land in the same place
 * at build time and in the browser.
 */

import type { Font } from "./text.ts";

/** An axis-aligned box: left, top, right, bottom. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A straight line segment, e.g. one leg of a series path. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** How text is anchored at its x, as in SVG `text-anchor`. */
export type Anchor = "start" | "middle" | "end";

/** A placed block of text: one `<text>` with a `<tspan>` per line. */
export interface TextBlock {
  /** x of the anchor. */
  x: number;
  /** Baseline of the first line. */
  y: number;
  anchor: Anchor;
  lines: string[];
  fontSize: number;
  bold: boolean;
  lineHeight: number;
  box: Box;
}

/** Ascent and descent as fractions of the font size, for boxes around text. */
const ASCENT = 0.8;
const DESCENT = 0.22;

/** Line height as a multiple of font size. */
export const LINE_HEIGHT = 1.2;

/** The height of `lineCount` lines of text in `font`, from the top of the first to the bottom of the last. */
export function blockHeight(lineCount: number, font: Font): number {
  return (ASCENT + DESCENT) * font.size + Math.max(0, lineCount - 1) * font.size * LINE_HEIGHT;
}

/** A text block whose box has its top edge at `top`, anchored at `x`. */
export function textBlock(lines: string[], width: number, font: Font, anchor: Anchor, x: number, top: number): TextBlock {
  const x0 = anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
  const height = blockHeight(lines.length, font);
  return {
    x,
    y: top + ASCENT * font.size,
    anchor,
    lines,
    fontSize: font.size,
    bold: font.bold ?? false,
    lineHeight: font.size * LINE_HEIGHT,
    box: { x0, y0: top, x1: x0 + width, y1: top + height },
  };
}

/** The same block moved so its box's vertical centre is at `cy`. */
export function centredAt(block: TextBlock, cy: number): TextBlock {
  const height = block.box.y1 - block.box.y0;
  return moveBlock(block, 0, cy - height / 2 - block.box.y0);
}

/** The same block moved by (dx, dy). */
export function moveBlock(block: TextBlock, dx: number, dy: number): TextBlock {
  const { box } = block;
  return { ...block, x: block.x + dx, y: block.y + dy, box: { x0: box.x0 + dx, y0: box.y0 + dy, x1: box.x1 + dx, y1: box.y1 + dy } };
}

/** The area two boxes share (0 when apart). */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/** A box grown by `pad` on every side. */
export function pad(box: Box, by: number): Box {
  return { x0: box.x0 - by, y0: box.y0 - by, x1: box.x1 + by, y1: box.y1 + by };
}

/** How much of `box` lies outside `bounds`, as an area. */
export function outsideArea(box: Box, bounds: Box): number {
  const area = (box.x1 - box.x0) * (box.y1 - box.y0);
  const inside = overlapArea(box, bounds);
  return Math.max(0, area - inside);
}

/** Whether a segment passes through a box (Liang–Barsky clipping). */
export function segmentHitsBox(s: Segment, box: Box): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, s.x1 - box.x0],
    [dx, box.x1 - s.x1],
    [-dy, s.y1 - box.y0],
    [dy, box.y1 - s.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return t0 <= t1;
}

/** What a new label must avoid, by how much each kind matters. */
export interface Obstacles {
  /** Other labels: overlapping them makes both unreadable. */
  text: Box[];
  /** Point markers and other solid marks. */
  marks: Box[];
  /** Lines a label should not sit on. */
  segments: Segment[];
  /** Light lines (event rules) a label may cross at a small cost. */
  minorSegments: Segment[];
}

/** An empty set of obstacles to add to as labels are placed. */
export function noObstacles(): Obstacles {
  return { text: [], marks: [], segments: [], minorSegments: [] };
}

/** A candidate position and how much less it is preferred than the first choice. */
export interface Candidate {
  block: TextBlock;
  penalty: number;
  /** A line from the labelled mark to a label placed away from it. */
  leader?: Segment;
}

/** The best candidate and whether it touches other text or leaves the bounds. */
export interface Placement {
  block: TextBlock;
  leader: Segment | null;
  score: number;
  /** False when even the best position overlaps other text or leaves the bounds. */
  clean: boolean;
  /** True when it touches no text, mark or line at all: a reader sees every letter. */
  clear: boolean;
}

const OUT_OF_BOUNDS = 1e6;
const ON_TEXT = 1e4;
const ON_MARK = 1500;
const ON_LINE = 40;
const ON_MINOR_LINE = 30;
const LEADER_ON_TEXT = 5000;
/** A candidate scoring under this crosses at most a line or two: a free choice. */
const FREE = 100;

/** Scores one candidate: lower is better; anything at or above `ON_TEXT` is not clean. */
export function scoreCandidate(candidate: Candidate, obstacles: Obstacles, bounds: Box, gap = 2): number {
  const box = candidate.block.box;
  const padded = pad(box, gap);
  let score = candidate.penalty;
  const outside = outsideArea(box, bounds);
  if (outside > 0) score += OUT_OF_BOUNDS + outside;
  for (const other of obstacles.text) {
    const area = overlapArea(padded, other);
    if (area > 0) score += ON_TEXT + area;
  }
  for (const mark of obstacles.marks) {
    const area = overlapArea(padded, mark);
    if (area > 0) score += ON_MARK + area;
  }
  const inner = pad(box, 1);
  for (const segment of obstacles.segments) if (segmentHitsBox(segment, inner)) score += ON_LINE;
  for (const segment of obstacles.minorSegments) if (segmentHitsBox(segment, inner)) score += ON_MINOR_LINE;
  const leader = candidate.leader;
  if (leader) {
    for (const other of obstacles.text) if (segmentHitsBox(leader, other)) score += LEADER_ON_TEXT;
    for (const mark of obstacles.marks) if (segmentHitsBox(leader, mark)) score += ON_MARK;
  }
  return score;
}

/**
 * Whether a candidate sits in the bounds touching no text or mark and crossed by no line (a light
 * rule may cross it), and its leader touches no text or mark: every letter can be read.
 */
export function isClear(candidate: Candidate, obstacles: Obstacles, bounds: Box, gap = 2): boolean {
  const box = candidate.block.box;
  if (outsideArea(box, bounds) > 0) return false;
  const padded = pad(box, gap);
  if (obstacles.text.some((o) => overlapArea(padded, o) > 0) || obstacles.marks.some((m) => overlapArea(padded, m) > 0)) return false;
  const inner = pad(box, 1);
  if (obstacles.segments.some((s) => segmentHitsBox(s, inner))) return false;
  const leader = candidate.leader;
  return !leader || !(obstacles.text.some((o) => segmentHitsBox(leader, o)) || obstacles.marks.some((m) => segmentHitsBox(leader, m)));
}

/**
 * Picks the candidate that collides least (ties go to the earlier, preferred one); with
 * `clearOnly`, the best of those that touch nothing, or null when none does.
 */
export function place(candidates: readonly Candidate[], obstacles: Obstacles, bounds: Box, clearOnly = false): Placement | null {
  let best: Placement | null = null;
  for (const candidate of candidates) {
    const clear = isClear(candidate, obstacles, bounds);
    if (clearOnly && !clear) continue;
    const score = scoreCandidate(candidate, obstacles, bounds);
    if (!best || score < best.score) {
      best = { block: candidate.block, leader: candidate.leader ?? null, score, clean: score < ON_TEXT, clear };
    }
  }
  return best;
}

/** Adds a placed label (and its leader) to what later labels must avoid. */
export function occupy(obstacles: Obstacles, placement: Placement): void {
  obstacles.text.push(placement.block.box);
  if (placement.leader) obstacles.segments.push(placement.leader);
}

/**
 * Places labels for several items, most constrained first: each round, the item with the fewest
 * unobstructed candidates chooses, so crowded points are not left with nothing. With `clearOnly`,
 * an item is labelled only where its label touches nothing; otherwise it is left without one
 * (its figure is still in the table and its tooltip).
 */
export function placeAll<T>(items: readonly T[], candidatesFor: (item: T) => Candidate[], obstacles: Obstacles, bounds: Box, clearOnly = false): Map<T, Placement> {
  const placed = new Map<T, Placement>();
  const candidates = items.map(candidatesFor);
  const waiting = new Set(items.map((_, i) => i));
  const open = (c: Candidate): boolean => (clearOnly ? isClear(c, obstacles, bounds) : scoreCandidate(c, obstacles, bounds) < FREE);
  while (waiting.size) {
    let pick = -1;
    let pickFree = Infinity;
    for (const i of waiting) {
      const free = candidates[i]!.filter(open).length;
      if (free < pickFree) {
        pick = i;
        pickFree = free;
      }
    }
    waiting.delete(pick);
    const placement = place(candidates[pick]!, obstacles, bounds, clearOnly);
    if (placement) {
      placed.set(items[pick]!, placement);
      occupy(obstacles, placement);
    }
  }
  return placed;
}

/** The point of a box nearest to (x, y). */
export function nearestOnBox(box: Box, x: number, y: number): { x: number; y: number } {
  return { x: Math.min(box.x1, Math.max(box.x0, x)), y: Math.min(box.y1, Math.max(box.y0, y)) };
}

/** Moves a block horizontally so its box lies within [left, right] when it can. */
export function clampX(block: TextBlock, left: number, right: number): TextBlock {
  if (block.box.x0 < left) return moveBlock(block, left - block.box.x0, 0);
  if (block.box.x1 > right) return moveBlock(block, Math.max(left - block.box.x0, right - block.box.x1), 0);
  return block;
}
