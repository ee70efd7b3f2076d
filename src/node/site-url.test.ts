import { describe, expect, it } from "vitest";
import { readSiteUrl } from "./site-url.ts";

describe("SITE_URL", () => {
  it("is optional: unset or blank means links are made from the page's own address", () => {
    expect(readSiteUrl(undefined)).toBeUndefined();
    expect(readSiteUrl("  ")).toBeUndefined();
  });

  it("always ends in a slash, so page paths can be appended to it", () => {
    expect(readSiteUrl("https://example.org/police-in-schools")).toBe("https://example.org/police-in-schools/");
    expect(readSiteUrl("https://example.org")).toBe("https://example.org/");
  });

  it("stops the build on an address that permalinks and embed code could not use", () => {
    expect(() => readSiteUrl("example.org/site/")).toThrow('SITE_URL "example.org/site/" is not an address');
    expect(() => readSiteUrl("ftp://example.org/")).toThrow("must start with https:// or http://");
    expect(() => readSiteUrl("https://example.org/?a=1")).toThrow("must not have a query");
  });
});
