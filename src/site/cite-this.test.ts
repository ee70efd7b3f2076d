import { describe, expect, it } from "vitest";
import type { Source } from "../data/types.ts";
import { citeText, dataDate, dataDateWords } from "./cite-this.ts";

const dfe: Source = { id: "dfe", title: "Permanent and fixed period exclusions in England: 2016 to 2017", publisher: "Department for Education", date: "2018-07", path: "https://www.gov.uk/x", locator: "" };
const newStatesman: Source = { id: "ns", title: "How policing is being sewn into the fabric of British schools", publisher: "New Statesman", date: "2021-07-27", path: "", locator: "" };

describe("the date a dataset's figures were last updated", () => {
  it("is the publisher's release when the descriptor gives one", () => {
    expect(dataDateWords(dataDate([dfe], "2025-07"))).toBe("Jul 2025 (the publisher's release)");
  });

  it("is otherwise the newest of its sources, and says so", () => {
    expect(dataDateWords(dataDate([dfe, newStatesman]))).toBe("27 Jul 2021 (the newest of its sources)");
  });

  it("is said to be unstated rather than guessed when no source is dated", () => {
    expect(dataDateWords(dataDate([{ ...dfe, date: "" }]))).toBe("not stated by its sources");
  });
});

describe("cite this", () => {
  it("names the chart, the site, the date of the data, its address and the original publisher", () => {
    expect(
      citeText({
        title: "Permanent exclusions by ethnicity, 2016/17",
        site: "Police in schools: the published figures",
        data: dataDate([dfe], "2018-07"),
        address: "https://example.org/datasets/exclusions/#by-ethnicity",
        publishers: ["Department for Education", "Department for Education"],
      }),
    ).toBe('"Permanent exclusions by ethnicity, 2016/17", Police in schools: the published figures. Data as published up to Jul 2018. https://example.org/datasets/exclusions/#by-ethnicity Original figures: Department for Education.');
  });
});
