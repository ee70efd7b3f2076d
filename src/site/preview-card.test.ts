import { describe, expect, it } from "vitest";
import { previewCardSvg } from "./preview-card.ts";

const chart = `<svg xmlns="http://www.w3.org/2000/svg" class="chart-trend" id="chart-x" role="img" viewBox="0 0 640 360" width="100%"><title id="t">T</title><rect x="1" y="2" width="3" height="4"/></svg>\n`;

describe("the picture a shared link shows", () => {
  it("is 1200 by 630, with the chart re-rooted in its box and its marks kept", () => {
    const svg = previewCardSvg(chart, { title: "Police officers in London's schools", source: "Source: New Statesman, 27 Jul 2021", site: "Police in schools" });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630" viewBox="0 0 1200 630"/);
    expect(svg).toContain('<svg x="48" y="112" width="1104" height="448" viewBox="0 0 640 360"');
    expect(svg).toContain('<rect x="1" y="2" width="3" height="4"/>');
    expect(svg).toContain("Police officers in London&#39;s schools");
    expect(svg).toContain("Source: New Statesman, 27 Jul 2021");
  });

  it("escapes its words and wraps a long title onto two lines, cut with an ellipsis", () => {
    const title = "<script>alert(1)</script> " + "Permanent exclusions by ethnicity over time ".repeat(4);
    const svg = previewCardSvg(chart, { title, source: "Source: x", site: "Site" });
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;");
    expect(svg.match(/<tspan /g)).toHaveLength(2);
    expect(svg).toMatch(/…<\/tspan><\/text>/);
  });

  it("leaves the chart out rather than nest what is not a drawing of this site", () => {
    const svg = previewCardSvg("<p>not svg</p>", { title: "T", source: "S", site: "Site" });
    expect(svg).not.toContain("not svg");
  });
});
