import type { PeriodErrorCode } from "../period.ts";
import type { TwoYearReading } from "../period-text.ts";
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

  periodsAssumed(at: Place, twoYears: TwoYearReading): Problem {
    const kinds: Record<TwoYearReading, string> = {
      "academic-year": "academic years (September to August)",
      "financial-year": "financial years (April to March)",
      "tax-year": "tax years (6 April to 5 April)",
    };
    return problem(
      "warning",
      at,
      `Column ${quote(at.columnName)} writes periods such as ${quote(at.value)} without saying what kind of year they are; read as ${kinds[twoYears]}.`,
      `If they are another kind, say so in the descriptor: "columns": { ${JSON.stringify(at.columnName ?? "")}: { "period": "financial-year" } }.`,
    );
  },

  badPeriodText(at: Place): Problem {
    return problem(
      "error",
      at,
      `Period ${quote(at.value)} in column ${quote(at.columnName)} is not a period the reader knows.`,
      "Write it as a year (2017), two years (2014-15 or 2014/15), a month (March 2019), a term (Spring 2021), a quarter (Q1 2020), a date (2019-03-31) or a span (2018 to 2020).",
    );
  },

  descriptorPeriod(file: string, text: string): Problem {
    return problem("error", { file: file.replace(/\.csv$/, ".json"), columnName: "period", value: text }, `The descriptor's period ${quote(text)} is not a period the reader knows.`, "Write it as a year (2017), two years (2014-15), a month (March 2019) or a date (2019-03-31).");
  },
} as const;
