/**
 * Turns each stated change into the lookup's record, checking it against the files: the codes
 * DfE's list ends the day before and starts on the date, and the years the files give old and new
 * authorities. It also marks when an area created or ended by a change begins or ends.
 */

import { compareAcademicYears, firstAcademicYearFrom } from "../../src/geo/academic-year.ts";
import type { AreaChange, Authority } from "../../src/geo/types.ts";
import type { ChangeFact } from "./facts.ts";

function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function sortedYears(years: readonly string[]): string[] {
  return [...years].sort(compareAcademicYears);
}

function firstSeen(a: Authority): string {
  return sortedYears(a.seen.map((s) => s.first))[0]!;
}

function lastSeen(a: Authority): string {
  const years = sortedYears(a.seen.map((s) => s.last));
  return years[years.length - 1]!;
}

function fail(fact: ChangeFact, problem: string): never {
  throw new Error(`Change ${fact.id} (scripts/geo/facts.ts): ${problem}. Check the stated change against DfE's files.`);
}

function codesOf(fact: ChangeFact, from: Authority[], to: Authority[]): AreaChange["codes"] {
  const retired = from.flatMap((a) => a.codes.filter((c) => c.terminated === dayBefore(fact.date)).map((c) => c.code));
  const introduced = to.flatMap((a) => a.codes.filter((c) => c.operational === fact.date).map((c) => c.code));
  if (retired.length !== from.length) fail(fact, `DfE's list of codes ends ${retired.length} of ${from.length} codes on ${dayBefore(fact.date)}`);
  if (introduced.length !== to.length) fail(fact, `DfE's list of codes starts ${introduced.length} of ${to.length} codes on ${fact.date}`);
  return { retired, introduced };
}

/** The first year of figures for the new authorities, checked against the change date and the old authorities' last year. */
function firstYearOf(fact: ChangeFact, from: Authority[], to: Authority[]): string {
  const expected = firstAcademicYearFrom(fact.date);
  if (fact.continuity !== "new-areas") return expected;
  const first = sortedYears(to.map(firstSeen))[0]!;
  const lastOld = sortedYears(from.map(lastSeen)).pop()!;
  const early = compareAcademicYears(first, expected);
  if (early > 0 || early < -1) fail(fact, `the new authorities' figures start in ${first}, not ${expected}`);
  if (early === -1 && !fact.note) fail(fact, `the new authorities' figures start in ${first}, before the change: say so in a note`);
  const overlap = compareAcademicYears(lastOld, first);
  if (overlap > 0 || (overlap === 0 && !fact.note)) fail(fact, `the old authorities have figures to ${lastOld} and the new from ${first}`);
  return first;
}

/** The change records, and the authorities with `from`/`to` set where a change created or ended them. */
export function buildChanges(facts: readonly ChangeFact[], authorities: readonly Authority[]): { changes: AreaChange[]; authorities: Authority[] } {
  const byNumber = new Map(authorities.map((a) => [a.number, { ...a }]));
  const find = (fact: ChangeFact, number: string) => byNumber.get(number) ?? fail(fact, `no authority has number ${number}`);
  const changes = facts.map((fact): AreaChange => {
    const from = fact.from.map((n) => find(fact, n));
    const to = fact.to.map((n) => find(fact, n));
    const codes = codesOf(fact, from, to);
    const firstYear = firstYearOf(fact, from, to);
    if (fact.continuity === "new-areas") {
      for (const a of from) a.to = lastSeen(a);
      for (const a of to) a.from = firstSeen(a);
    } else if (fact.from.join() !== fact.to.join()) {
      fail(fact, "a change that keeps the area must keep the same authorities");
    }
    return {
      id: fact.id,
      date: fact.date,
      kind: fact.kind,
      continuity: fact.continuity,
      from: from.map((a) => a.id),
      to: to.map((a) => a.id),
      codes,
      summary: fact.summary,
      firstYear,
      note: fact.note,
      citations: fact.citations,
    };
  });
  return { changes, authorities: [...byNumber.values()] };
}
