import { describe, expect, it } from "vitest";
import { descriptorFromPackage } from "./datapackage.ts";

const pkg = {
  name: "exclusions",
  title: "Exclusions in England",
  licenses: [{ name: "OGL-UK-3.0", path: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" }],
  sources: [{ title: "Department for Education", path: "https://www.gov.uk/government/organisations/department-for-education" }],
  resources: [
    {
      name: "national-summary",
      path: "data/nat-summary.csv",
      title: "Exclusions by school type, 2006/07 to 2016/17",
      schema: {
        fields: [
          { name: "year", type: "string", title: "Academic year" },
          { name: "perm_excl", type: "integer", title: "Permanent exclusions", description: "Rounded to the nearest 5" },
        ],
      },
    },
  ],
};

describe("descriptorFromPackage", () => {
  it("gives the resource whose path is the dataset's file, over the package's fields, with labels and roles from its schema", () => {
    expect(descriptorFromPackage(pkg, "nat-summary")).toEqual({
      title: "Exclusions by school type, 2006/07 to 2016/17",
      licenses: pkg.licenses,
      sources: pkg.sources,
      columns: { year: { label: "Academic year" }, perm_excl: { label: "Permanent exclusions", hint: "Rounded to the nearest 5", role: "indicator" } },
    });
  });

  it("finds a resource by its name too, and nothing for a dataset the package does not list", () => {
    expect(descriptorFromPackage(pkg, "national-summary")?.title).toBe("Exclusions by school type, 2006/07 to 2016/17");
    expect(descriptorFromPackage(pkg, "other")).toBeNull();
    expect(descriptorFromPackage([pkg], "nat-summary")).toBeNull();
  });
});
