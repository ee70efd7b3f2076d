/**
 * The points a path's `d` joins, one list per unbroken run, read from the absolute commands the
 * charts write (M, L, H, V, Z: d3-shape's `line()` and the whiskers; h and v: a square symbol); a curve would need sampling.
 */

/** A 2D affine matrix as SVG gives it (`a b c d e f`): user units to px. */
export interface Matrix {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

/** The matrix that leaves points where they are. */
export const IDENTITY: Matrix = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };

/** Each run of a path's points, moved through `m`; throws on a command it cannot read, so nothing is left unchecked. */
export function pathRuns(d: string, m: Matrix = IDENTITY): [number, number][][] {
  const runs: [number, number][][] = [];
  let run: [number, number][] = [];
  let x = 0;
  let y = 0;
  const push = (): void => {
    run.push([m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]);
  };
  for (const [, command, args] of d.matchAll(/([A-Za-z])([^A-Za-z]*)/g)) {
    const n = (args ?? "").trim().split(/[\s,]+/).filter(Boolean).map(Number);
    if (command === "M") {
      if (run.length) runs.push(run);
      run = [];
      [x, y] = [n[0]!, n[1]!];
      push();
      for (let i = 2; i + 1 < n.length; i += 2) ([x, y] = [n[i]!, n[i + 1]!]), push();
    } else if (command === "L") {
      for (let i = 0; i + 1 < n.length; i += 2) ([x, y] = [n[i]!, n[i + 1]!]), push();
    } else if (command === "H") {
      for (const v of n) (x = v), push();
    } else if (command === "V") {
      for (const v of n) (y = v), push();
    } else if (command === "h") {
      for (const v of n) (x += v), push();
    } else if (command === "v") {
      for (const v of n) (y += v), push();
    } else if (command === "Z" || command === "z") {
      if (run.length) run.push(run[0]!);
    } else {
      throw new Error(`A chart line uses the path command "${command}", which the legibility check cannot read: ${d.slice(0, 80)}`);
    }
  }
  if (run.length) runs.push(run);
  return runs;
}
