import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/node/load-dataset.ts";

/** A published value of one place in one period, as the site reads the prepared file. */
async function value(id: string, place: string, period: string, column: string): Promise<string> {
  const { table } = await loadDataset("data", id);
  const t = table!;
  const rows = t.observations.filter((o) => t.places[o.place]!.name === place && t.periods[o.period]!.label === period);
  expect(rows, `${place} ${period}`).toHaveLength(1);
  const cell = rows[0]!.cells[t.indicators.findIndex((i) => i.column === column)]!;
  return cell.kind === "value" ? `${cell.value}${cell.flags.includes("low-reliability") ? " (low reliability)" : ""}` : `[${cell.symbol}]`;
}

describe("local authority figures from the Local Authority Interactive Tool", () => {
  it("gives Hackney's rates as the tool holds them, unrounded: permanent exclusions 0.12518 in 2016/17, suspensions 9.73411 in 2023/24", async () => {
    expect(await value("exclusions-by-local-authority-2015-2024", "Hackney", "2016/17", "perm_excl_rate")).toBe("0.12518");
    expect(await value("exclusions-by-local-authority-2015-2024", "Hackney", "2023/24", "susp_rate")).toBe("9.73411");
    expect(await value("exclusions-by-local-authority-2015-2024", "England", "2015/16", "perm_excl_rate")).toBe("0.08443");
  });

  it("keeps London, Inner London and Outer London as the separate places the tool publishes", async () => {
    expect(await value("exclusions-by-local-authority-2015-2024", "London (Inner)", "2021/22", "perm_excl_rate")).toBe("0.03434");
    expect(await value("exclusions-by-local-authority-2015-2024", "London", "2022/23", "perm_excl_rate")).toBe("0.0608");
    const { table } = await loadDataset("data", "exclusions-by-local-authority-2015-2024");
    const londonPeriods = table!.observations.filter((o) => table!.places[o.place]!.name === "London").map((o) => table!.periods[o.period]!.label);
    expect(londonPeriods).toEqual(["2022/23", "2023/24"]);
  });

  it("never shows England's first-time entrants figure, which is the sum of the regions' rates, and flags the boundary residues", async () => {
    expect(await value("first-time-entrants-by-local-authority-2016-2024", "England", "2016", "first_time_entrants_rate")).toBe("[x]");
    expect(await value("first-time-entrants-by-local-authority-2016-2024", "Hackney", "2016", "first_time_entrants_rate")).toBe("443");
    expect(await value("first-time-entrants-by-local-authority-2016-2024", "Cumbria", "2023", "first_time_entrants_rate")).toBe("42 (low reliability)");
    expect(await value("first-time-entrants-by-local-authority-2016-2024", "Northamptonshire", "2021", "first_time_entrants_rate")).toBe("43 (low reliability)");
    expect(await value("first-time-entrants-by-local-authority-2016-2024", "Dorset (Pre LG)", "2019", "first_time_entrants_rate")).toBe("239 (low reliability)");
  });

  it("places each year ending 31 March in its financial year, and has no row for Hackney's two years without figures", async () => {
    expect(await value("social-care-referrals-by-local-authority-2016-2025", "Hackney", "2015-16", "referrals_from_police_pct")).toBe("29.099999999999998");
    expect(await value("social-care-referrals-by-local-authority-2016-2025", "England", "2024-25", "referrals_from_schools_pct")).toBe("20.6");
    const { table } = await loadDataset("data", "social-care-referrals-by-local-authority-2016-2025");
    const hackney = table!.observations.filter((o) => table!.places[o.place]!.name === "Hackney").map((o) => table!.periods[o.period]!.label);
    expect(hackney).toEqual(["2015-16", "2016-17", "2017-18", "2018-19", "2019-20", "2022-23", "2023-24", "2024-25"]);
  });

  it("reaches back to 2006/07 with the Department's earlier file: Hackney's 43 permanent exclusions among 34,350 pupils in 2016/17, 0.13 per 100", async () => {
    const { table } = await loadDataset("data", "exclusions-by-local-authority-2006-2017");
    const t = table!;
    expect(t.rows).toEqual({ read: 7120, used: 7120, rejectedLines: [], ignored: 0 });
    const at = (place: string, period: string, school: string) =>
      t.observations.find((o) => t.places[o.place]!.name === place && t.periods[o.period]!.label === period && t.filters[0]!.levels[o.levels[0]!] === school)!;
    const cell = (o: ReturnType<typeof at>, column: string) => {
      const c = o.cells[t.indicators.findIndex((i) => i.column === column)]!;
      return c.kind === "value" ? String(c.value) : `[${c.symbol}]`;
    };
    const hackney = at("Hackney", "2016/17", "Total");
    expect(["headcount", "perm_excl", "perm_excl_rate"].map((c) => cell(hackney, c))).toEqual(["34350", "43", "0.13"]);
    expect(t.places[hackney.place]!.code).toBe("E09000012");
    const bedfordshire = at("Bedfordshire (Pre LGR 2009)", "2008/09", "Total");
    expect(["headcount", "perm_excl", "perm_excl_rate"].map((c) => cell(bedfordshire, c))).toEqual(["62884", "[x]", "[x]"]);
  });
});
