/**
 * Academic years as the places code needs them: DfE writes them "2018/19" in newer files and
 * "201819" in older ones, and a change on 1 April falls inside one.
 */

import type { AcademicYear } from "./types.ts";

/** The calendar year an academic year starts in: 2018 for "2018/19" or "201819". */
export function academicYearStart(year: string): number {
  const text = year.trim();
  const m = /^(\d{4})(?:\/|-)?(\d{2})$/.exec(text);
  if (!m) {
    throw new Error(`Not an academic year: "${year}". Write it as 2018/19 or 201819.`);
  }
  const start = Number(m[1]);
  const end = Number(m[2]);
  if ((start + 1) % 100 !== end) {
    throw new Error(`Not an academic year: "${year}": the second part should be ${String((start + 1) % 100).padStart(2, "0")}.`);
  }
  return start;
}

/** The academic year starting in `start`, written "2018/19". */
export function academicYear(start: number): AcademicYear {
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}

/** Any accepted spelling of an academic year, written "2018/19". */
export function normaliseAcademicYear(year: string): AcademicYear {
  return academicYear(academicYearStart(year));
}

/** The first academic year (starting 1 September) that begins on or after an ISO date. */
export function firstAcademicYearFrom(isoDate: string): AcademicYear {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new Error(`Not an ISO date: "${isoDate}".`);
  const year = Number(m[1]);
  const onOrBeforeSeptember = Number(m[2]) < 9 || (Number(m[2]) === 9 && Number(m[3]) === 1);
  return academicYear(onOrBeforeSeptember ? year : year + 1);
}

/** The academic year containing an ISO date (a year runs from 1 September to 31 August). */
export function academicYearOf(isoDate: string): AcademicYear {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(isoDate);
  if (!m) throw new Error(`Not an ISO date: "${isoDate}".`);
  const year = Number(m[1]);
  return academicYear(Number(m[2]) >= 9 ? year : year - 1);
}

/** Compares two academic years in either spelling, for sorting. */
export function compareAcademicYears(a: string, b: string): number {
  return academicYearStart(a) - academicYearStart(b);
}
