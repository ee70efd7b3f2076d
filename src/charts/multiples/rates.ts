import { periodMidpoint } from "../../data/period.ts";
import type { Source } from "../../data/types.ts";
import type { MultiplesPanel, MultiplesPoint, MultiplesView } from "../../stats/view-types.ts";
import { isQualified } from "../qualifiers.ts";

/** A panel's rates read period by period, as the layout, the drawing and the words all read them. */

/** A panel's figure in one of the view's periods, with the period's place in time; null when the file has no row for it. */
export interface PeriodFigure {
  periodKey: string;
  periodLabel: string;
  time: number;
  point: MultiplesPoint | null;
}

/** A panel's figures in the view's period order. */
export function byPeriod(view: MultiplesView, panel: MultiplesPanel): PeriodFigure[] {
  return view.periods.map((period) => ({
    periodKey: period.key,
    periodLabel: period.label,
    time: periodMidpoint(period),
    point: panel.points.find((p) => p.period.key === period.key) ?? null,
  }));
}

/** Whether a rate is drawn hollow: a figure behind it is estimated or of low reliability, or its source is unconfirmed. */
export function pointQualified(point: MultiplesPoint, sources: ReadonlyMap<string, Source>): boolean {
  return isQualified({ kind: "value", value: 0, flags: point.flags }, sources.get(point.source ?? ""));
}
