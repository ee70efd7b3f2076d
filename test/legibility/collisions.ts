/**
 * Whether a chart's words can be read: given the boxes of its text, the boxes of its markers and
 * the points of its lines (measured in a browser, or worked out from the SVG in Node), the ways a
 * label is hidden. Each mark belongs to an owner (a series, a group, an event) or to none (axes,
 * legend); a label may touch its own series' marks, never another's.
 */

/** An axis-aligned box in px: left, top, right, bottom. */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A drawn `<text>`: its words, its box, whose it is, and whether it gives a value. */
export interface DrawnLabel {
  text: string;
  box: Rect;
  owner: string | null;
  /** A value label, which its own line must not strike through either. */
  value: boolean;
}

/** A drawn marker (a point's symbol) and whose it is. */
export interface DrawnMarker {
  box: Rect;
  owner: string | null;
}

/** A drawn line as the points it joins (one list per unbroken run) and whose it is. */
export interface DrawnLine {
  runs: [number, number][][];
  owner: string | null;
}

/** Everything one drawing of a chart shows that a label could collide with. */
export interface Drawn {
  labels: DrawnLabel[];
  markers: DrawnMarker[];
  lines: DrawnLine[];
}

/** How far (px) two boxes may run into each other before it counts: rounding and anti-aliasing. */
export const TOLERANCE = 1;

/** The boxes overlap by more than `tolerance` px both across and down. */
export function boxesOverlap(a: Rect, b: Rect, tolerance = TOLERANCE): boolean {
  const across = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const down = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return across > tolerance && down > tolerance;
}

/** The segment from `a` to `b` passes through `box` (Liang–Barsky clipping). */
export function segmentCrosses(a: [number, number], b: [number, number], box: Rect): boolean {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a[0] - box.x0],
    [dx, box.x1 - a[0]],
    [-dy, a[1] - box.y0],
    [dy, box.y1 - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** The line runs through `box`. */
export function lineCrosses(line: DrawnLine, box: Rect): boolean {
  return line.runs.some((run) => run.some((p, i) => i > 0 && segmentCrosses(run[i - 1]!, p, box)));
}

function inset(box: Rect, by: number): Rect {
  return { x0: box.x0 + by, y0: box.y0 + by, x1: box.x1 - by, y1: box.y1 - by };
}

const differ = (label: DrawnLabel, owner: string | null): boolean => label.owner === null || label.owner !== owner;

/**
 * Every way a label is hidden, as sentences naming both texts: two labels overlapping, a label on
 * another owner's marker, a label crossed by another owner's line, a value label struck through
 * by its own line. Empty when every label can be read.
 */
export function collisions(drawn: Drawn, tolerance = TOLERANCE): string[] {
  const found: string[] = [];
  const { labels, markers, lines } = drawn;
  labels.forEach((label, i) => {
    const quoted = `"${label.text}"`;
    for (const other of labels.slice(i + 1)) {
      if (boxesOverlap(label.box, other.box, tolerance)) found.push(`${quoted} overlaps "${other.text}"`);
    }
    for (const marker of markers) {
      if (differ(label, marker.owner) && boxesOverlap(label.box, marker.box, tolerance)) found.push(`${quoted} sits on a marker of ${marker.owner ?? "the key"}`);
    }
    const inner = inset(label.box, tolerance);
    if (inner.x0 >= inner.x1 || inner.y0 >= inner.y1) return;
    for (const line of lines) {
      if (!lineCrosses(line, inner)) continue;
      if (differ(label, line.owner)) found.push(`${quoted} is crossed by the line of ${line.owner ?? "the key"}`);
      else if (label.value) found.push(`${quoted} is struck through by its own line`);
    }
  });
  return found;
}
