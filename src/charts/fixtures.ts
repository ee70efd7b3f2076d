/**
 * Literal views for chart tests and the snapshot gallery: the London figures as published
 * (see each source), with no computation between the publication and the chart.
 */

import { parsePeriod } from "../data/period.ts";
import type { Cell, Indicator, Period, Source } from "../data/types.ts";
import type { BreakdownView, Point, TrendView } from "../stats/view-types.ts";

/** A period from an EES `time_period` and `time_identifier`; throws on a typo in a fixture. */
export function period(timePeriod: string, timeIdentifier: string): Period {
  const result = parsePeriod(timePeriod, timeIdentifier);
  if (result.kind !== "period") throw new Error(`Bad fixture period ${timePeriod} ${timeIdentifier}: ${result.code}`);
  return result.period;
}

/** A plain published number, or one with qualifiers. */
export function value(v: number, ...flags: ("estimated" | "provisional" | "revised" | "low-reliability")[]): Cell {
  return { kind: "value", value: v, flags };
}

/** A point of a series. */
export function point(p: Period, cell: Cell, source: string | null): Point {
  return { period: p, cell, source };
}

export const officers: Indicator = { column: "officers", label: "Police officers based in schools", unit: "", decimals: 0 };

export const londonSources: Source[] = [
  {
    id: "newstatesman-2021",
    title: "How policing is being sewn into the fabric of British schools",
    publisher: "New Statesman",
    date: "2021-07-27",
    path: "https://www.newstatesman.com/politics/2021/07/how-policing-being-sewn-fabric-british-schools",
    locator: "Freedom of information figures",
  },
  {
    id: "schoolsweek-2020",
    title: "Met to review schools police scheme after judicial review threat",
    publisher: "Schools Week",
    date: "2020",
    path: "https://schoolsweek.co.uk/met-to-review-schools-police-scheme-after-judicial-review-threat/",
    locator: "Citing earlier Schools Week freedom of information reporting",
  },
  {
    id: "vice-2020",
    title: "More and More Cops Are Working in London Schools",
    publisher: "VICE World News",
    date: "2020",
    path: "https://www.vice.com/en/article/bvxjjq/police-in-london-schools-safer-schools-officers",
    locator: "Freedom of information figures",
  },
  {
    id: "guardian-2019",
    title: "Knife crime: Met to double number of police in schools",
    publisher: "The Guardian",
    date: "2019-03-27",
    path: "https://www.theguardian.com/uk-news/2019/mar/27/more-met-officers-to-work-in-schools-knife-inquiry-told",
    locator: "Article text",
  },
];

/** London, three definitions kept apart: Safer Schools Officers; officers in schools; full-time roles. */
export const londonTrend: TrendView = {
  kind: "trend",
  id: "london-officers",
  title: "Police officers based in London's schools",
  subtitle: "Metropolitan Police, by definition as published",
  indicator: officers,
  series: [
    {
      key: "safer-schools-officers",
      label: "Safer Schools Officers",
      points: [
        point(period("201011", "Academic year"), value(183), "newstatesman-2021"),
        point(period("201617", "Academic year"), value(294), "vice-2020"),
        point(period("201920", "Academic year"), value(350), "vice-2020"),
      ],
    },
    {
      key: "officers-in-schools",
      label: "Officers in London's schools",
      points: [
        point(period("201415", "Academic year"), value(270), "schoolsweek-2020"),
        point(period("2017", "Calendar year"), value(295), "schoolsweek-2020"),
      ],
    },
    {
      key: "full-time-roles",
      label: "Officers with full-time roles in schools",
      points: [
        point(period("201718", "Academic year"), value(280, "estimated"), "guardian-2019"),
        point(period("2019", "March"), value(420), "guardian-2019"),
      ],
    },
  ],
  annotations: [
    {
      date: "2020-03",
      label: "Judicial review claim brought over the Safer Schools scheme and the Public Sector Equality Duty",
    },
    { date: "2022-12", label: "The Met says officers' use of powers will be examined for racial bias" },
  ],
  sources: londonSources,
  notes: [],
};

const gla: Source = {
  id: "gla-2019-6043",
  title: "Mayor's answer to question 2019/6043",
  publisher: "Greater London Authority",
  date: "2019",
  path: "https://www.london.gov.uk/questions/2019/6043",
  locator: "Answer text",
};

/** Schools and Youth Engagement Officers at the end of February 2019, by school phase. */
export const londonByPhase: BreakdownView = {
  kind: "breakdown",
  id: "london-by-phase",
  title: "Schools and Youth Engagement Officers in London by school phase",
  subtitle: "End of February 2019; the phases sum to 379, not 382, as published",
  indicator: officers,
  period: period("2019", "February"),
  by: "School phase",
  bars: [
    { key: "total", label: "Total", cell: value(382), source: gla.id, isTotal: true },
    { key: "primary", label: "Primary", cell: value(16), source: gla.id, isTotal: false },
    { key: "secondary", label: "Secondary", cell: value(311), source: gla.id, isTotal: false },
    { key: "pru", label: "Pupil referral units", cell: value(47), source: gla.id, isTotal: false },
    { key: "fe", label: "Further education", cell: value(5), source: gla.id, isTotal: false },
  ],
  sources: [gla],
  notes: [],
};

/** The same breakdown with one cell suppressed, as a publisher protecting a small count would: illustrative only. */
export const londonByPhaseSuppressed: BreakdownView = {
  ...londonByPhase,
  id: "london-by-phase-suppressed",
  bars: londonByPhase.bars.map((b) =>
    b.key === "fe" ? { ...b, cell: { kind: "missing", reason: "suppressed", symbol: "c" } } : b,
  ),
};
