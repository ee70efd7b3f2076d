import { describe, expect, it } from "vitest";
import { embedSnippet, HEIGHT_MESSAGE } from "./embed-snippet.ts";

describe("embed code", () => {
  const code = embedSnippet("https://example.org/site/embed/ds-view/", 'Chart: "Officers" <London>', 560);

  it("is an iframe of the embed page, titled, full width and tall enough to read without script", () => {
    expect(code).toContain('<iframe src="https://example.org/site/embed/ds-view/" title="Chart: &quot;Officers&quot; &lt;London&gt;" style="width:100%;height:560px;border:0" loading="lazy" data-pis-embed></iframe>');
  });

  it("only takes heights from the embed page's own origin and window", () => {
    expect(code).toContain('e.origin!=="https://example.org"');
    expect(code).toContain(`d.type!=="${HEIGHT_MESSAGE}"`);
    expect(code).toContain("f.contentWindow===e.source");
  });
});
