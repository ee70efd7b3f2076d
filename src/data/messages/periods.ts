import type { PeriodErrorCode } from "../period.ts";
import { problem, quote, visible, type Place } from "../problem-text.ts";
import type { Problem } from "../types.ts";

/** What is said about periods that cannot be placed in time, or were written against the standard. */
export const periodsMessages = {
  badPeriod(at: Place, code: PeriodErrorCode, identifier: string): Problem {
    const texts: Record<PeriodErrorCode, { message: string; fix: string }> = {
      "unknown-identifier": {
        message: `time_identifier ${quote(identifier)} is not one the standard names`,
        fix: "Use one of: Calendar year, Academic year, Financial year, Tax year, Reporting year, a month name, Week 1 to Week 52, Financial year Q1 to Q4, Autumn term, Spring term, Summer term, Autumn and spring term, Part 1 (April to September), Part 2 (October to March).",
      },
      "bad-time-period": {
        message: `time_period ${quote(at.value)} is not a 4-digit year or a 6-digit pair of years`,
        fix: "Write 2017 for one year or 201415 for 2014/15.",
      },
      "needs-two-years": {
        message: `time_period ${quote(at.value)} is one year, but ${quote(identifier)} spans two`,
        fix: "Write both years as six digits, for example 201415.",
      },
      "needs-one-year": {
        message: `time_period ${quote(at.value)} is two years, but ${quote(identifier)} needs one`,
        fix: "Write the year as four digits, for example 2017.",
      },
      "not-consecutive": {
        message: `time_period ${quote(at.value)} names two years that are not consecutive`,
        fix: "A six-digit period is two consecutive years (201415); split longer spans into rows.",
      },
      "bad-week": {
        message: `${quote(identifier)} is not a week from 1 to 53`,
        fix: "Write Week 1 to Week 53.",
      },
    };
    const text = texts[code];
    return problem("error", at, `${text.message}.`, text.fix);
  },

  slashedPeriod(at: Place): Problem {
    return problem(
      "warning",
      at,
      `time_period ${quote(at.value)} has a slash or dash; read as ${visible(at.value?.replace(/[/-]/, "") ?? "")}.`,
      "Write six digits without a separator (201415), as the standard asks.",
    );
  },
} as const;
