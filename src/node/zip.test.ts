import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ZipBuilder } from "./zip.ts";

describe("a zip of a download and its readme", () => {
  it("holds each entry whole, written in pieces or at once", () => {
    const zip = new ZipBuilder();
    const csv = zip.entry("figures.csv");
    csv.write("\uFEFFPeriod,Officers\r\n");
    csv.write("2010/11,183\r\n");
    csv.close();
    zip.add("README.md", "# Police officers in London's schools\r\n");
    const entries = unzipSync(zip.bytes());
    expect(Object.keys(entries)).toEqual(["figures.csv", "README.md"]);
    expect(Buffer.from(entries["figures.csv"]!).toString("utf8")).toBe("\uFEFFPeriod,Officers\r\n2010/11,183\r\n");
    expect(strFromU8(entries["README.md"]!)).toBe("# Police officers in London's schools\r\n");
  });

  it("is the same bytes each time the same files are zipped", () => {
    const make = () => {
      const zip = new ZipBuilder();
      zip.add("a.csv", "x,y\r\n1,2\r\n");
      return Buffer.from(zip.bytes()).toString("hex");
    };
    expect(make()).toBe(make());
  });
});
