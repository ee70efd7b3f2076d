import type { ChartSize, View } from "../stats/view-types.ts";
import { breakdown } from "./breakdown/index.ts";
import { comparison } from "./comparison/index.ts";
import { hexmap } from "./hexmap/index.ts";
import type { ChartKind } from "./kind.ts";
import { multiples } from "./multiples/index.ts";
import { ratioTrend } from "./ratio-trend/index.ts";
import { DEFAULT_SIZE } from "./sizes.ts";
import { shares } from "./shares/index.ts";
import { trend } from "./trend/index.ts";

/**
 * Every kind of chart, keyed by the kind of view it draws. The type makes each kind complete: a
 * new kind of view does not compile until it has its module here. The order is the order the
 * comparisons section introduces its kinds in.
 *
 *   view ──KINDS[view.kind]──▶ draw (layout → <svg role="img">), table, csv, summary, tooltip, notes …
 */
export const KINDS: { [K in View["kind"]]: ChartKind<Extract<View, { kind: K }>> } = {
  trend,
  breakdown,
  comparison,
  multiples,
  "ratio-trend": ratioTrend,
  shares,
  hexmap,
};

/** The kind of chart that draws `view`. */
export function kindOf<V extends View>(view: V): ChartKind<V> {
  return KINDS[view.kind] as unknown as ChartKind<V>;
}

/** Any view as an SVG string, at the size downloads and wide boxes use unless told. */
export function drawChart(view: View, size: ChartSize = DEFAULT_SIZE): string {
  return kindOf(view).draw(view, size);
}
