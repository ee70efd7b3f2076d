import { describe, expect, it } from "vitest";
import { loadDataset } from "../node/load-dataset.ts";
import { decideRates } from "./rates.ts";

/** A fixture of the shapes folder, read as the build reads it. */
async function load(id: string) {
  const loaded = await loadDataset("test/site/fixtures/shapes", id);
  return { table: loaded.table!, descriptor: loaded.descriptor };
}

describe("decideRates", () => {
  it("takes the headcount as the population when the published rates check against count ÷ headcount", async () => {
    const { table, descriptor } = await load("nat-char-excerpt");
    const decision = decideRates(table, descriptor);
    expect(decision.measures.map((m) => (m.type === "rate" ? [m.numerator, m.denominator, m.per, m.published] : m.type))).toEqual([
      ["perm_excl", "headcount", 100, "perm_excl_rate"],
      ["fixed_excl", "headcount", 100, "fixed_excl_rate"],
      ["one_plus_fixed", "headcount", 100, "one_plus_fixed_rate"],
    ]);
    expect(decision.note).toBe(
      "Rates are computed against headcount, as the file's published rates check against count ÷ headcount: perm_excl_rate (1,360 of 1,360 rows), fixed_excl_rate (1,479 of 1,479 rows), one_plus_fixed_rate (1,479 of 1,479 rows).",
    );
  });

  it("never takes a count of exclusions whose name ends in pupils for a population, and says why there is no rate", async () => {
    const { table, descriptor } = await load("exclusions-by-reason-excerpt");
    expect(decideRates(table, descriptor)).toEqual({
      measures: [],
      note: 'No rate is computed: no column is named as a population (a headcount) of the people the counts are of. Name one in the descriptor ("columns": { "<header>": { "population": true } }) to compute rates.',
    });
  });

  it("trusts a population the descriptor names, and the descriptor's own measures over everything", async () => {
    const { table, descriptor } = await load("exclusions-by-reason-excerpt");
    const named = decideRates(table, { ...descriptor, columns: { fixed_other: { population: true } } });
    expect(named.note).toBe("Rates are computed against fixed_other, which the descriptor names as the population.");
    expect(named.measures[0]).toMatchObject({ type: "rate", numerator: "perm_physical_pupils", denominator: "fixed_other", per: 100 });
    const measures = [{ id: "m", type: "published-rate" as const, label: "M", rate: "perm_other", per: 100 }];
    expect(decideRates(table, { ...descriptor, measures })).toEqual({ measures, note: null });
  });

  it("computes no rate against a headcount whose published rates do not check, and says by how much they differ", async () => {
    const { table, descriptor } = await load("nat-char-excerpt");
    const wrong = { ...table, observations: table.observations.map((o) => ({ ...o, cells: o.cells.map((c, k) => (k === 0 && c.kind === "value" ? { ...c, value: c.value * 2 } : c)) })) };
    const decision = decideRates(wrong, descriptor);
    expect(decision.measures.every((m) => m.type === "published-rate")).toBe(true);
    expect(decision.note).toMatch(/^No rate is computed: headcount is named as a population, but its published rates do not check against count ÷ headcount \(perm_excl_rate: [\d,]+ of 1,360 rows differ;/);
  });
});
