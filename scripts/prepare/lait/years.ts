/**
 * The Local Authority Interactive Tool writes its years as `2015/16`, `2016` or `2018 (Rev)`;
 * the standard writes `201516` with what kind of year it is, and a revised or provisional
 * figure as a letter after the number.
 */

/** A period in the standard's terms, with the letter its figures carry (`r` revised, `p` provisional). */
export interface StandardPeriod {
  timePeriod: string;
  timeIdentifier: "Academic year" | "Calendar year" | "Financial year";
  qualifier: "" | "r" | "p";
}

/** What the tool's year notes mean; a final figure is the plain figure. */
const QUALIFIERS: Record<string, "" | "r" | "p"> = { rev: "r", prov: "p", final: "" };

/**
 * Reads one `Years` cell for a measure whose data dictionary gives `yearType`; throws, naming the
 * text, on anything else. A financial year is named by the year it ends in (31 March): `2016` is 2015-16.
 */
export function standardPeriod(years: string, yearType: string): StandardPeriod {
  const fail = (why: string) => new Error(`Years "${years}" (${yearType}): ${why}`);
  if (yearType === "Academic Year") {
    const m = /^(\d{4})\/(\d{2})$/.exec(years);
    if (!m) throw fail("an academic year is written 2015/16");
    const first = Number(m[1]);
    if ((first + 1) % 100 !== Number(m[2])) throw fail("the two years are not consecutive");
    return { timePeriod: `${m[1]}${m[2]}`, timeIdentifier: "Academic year", qualifier: "" };
  }
  const m = /^(\d{4})(?: \(([A-Za-z]+)\))?$/.exec(years);
  if (!m) throw fail("a calendar or financial year is written 2016, or 2016 (Rev), (prov) or (Final)");
  const note = m[2]?.toLowerCase();
  const qualifier = note === undefined ? "" : QUALIFIERS[note];
  if (qualifier === undefined) throw fail(`"(${m[2]})" is not a note this preparation knows (Rev, prov or Final)`);
  const year = Number(m[1]);
  if (yearType === "Calendar Year") return { timePeriod: m[1]!, timeIdentifier: "Calendar year", qualifier };
  if (yearType === "Financial Year") return { timePeriod: `${year - 1}${String(year % 100).padStart(2, "0")}`, timeIdentifier: "Financial year", qualifier };
  throw fail("the year type is not Academic Year, Calendar Year or Financial Year");
}
