import { describe, expect, it } from "vitest";
import { londonTrend as londonOfficers } from "../charts/fixtures/london.ts";
import { shareTags } from "./share-tags.ts";

describe("the tags a shared link's preview is made from", () => {
  it("give the page's title and summary, and its lead chart's picture at an absolute address, for Open Graph and Twitter", () => {
    const tags = shareTags(
      { title: "Police officers in London's schools", description: "Every published count, with its source.", path: "datasets/london-officers/", preview: londonOfficers },
      "Police in schools",
      "https://example.org/site/",
      "../../",
    ).value;
    expect(tags).toContain('<meta property="og:title" content="Police officers in London&#39;s schools">');
    expect(tags).toContain('<meta property="og:url" content="https://example.org/site/datasets/london-officers/">');
    expect(tags).toContain(`<meta property="og:image" content="https://example.org/site/previews/${londonOfficers.id}.png">`);
    expect(tags).toContain('<meta property="og:image:width" content="1200">');
    expect(tags).toContain('<meta property="og:image:height" content="630">');
    expect(tags).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(tags).toContain(`<meta name="twitter:image" content="https://example.org/site/previews/${londonOfficers.id}.png">`);
    expect(tags).toContain(`<meta name="twitter:image:alt" content="Chart: ${londonOfficers.title.replace(/'/g, "&#39;")}.`);
  });

  it("make a plain summary card for a page with no chart, and escape what they quote", () => {
    const tags = shareTags({ title: '<script>"x"</script>', description: "d", path: "about/" }, "Site", undefined, "../").value;
    expect(tags).toContain('<meta name="twitter:card" content="summary">');
    expect(tags).not.toContain("og:image");
    expect(tags).not.toContain("<script>");
  });
});
