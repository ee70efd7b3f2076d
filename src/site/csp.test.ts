import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { html } from "../text/html.ts";
import { CONTENT_SECURITY_POLICY } from "./csp.ts";
import { layout } from "./layout.ts";

const page = (csp: boolean) => layout({ path: "about/", styles: [], scripts: [], csp }, { title: "About", description: "d", main: html`<p>x</p>`, current: "about" });

describe("the Content-Security-Policy", () => {
  it("allows no inline script, no eval and no other origin", () => {
    expect(CONTENT_SECURITY_POLICY).toBe("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'");
  });

  it("is the first thing a built page's head says after its character set", () => {
    expect(page(true)).toContain(`<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;;`);
  });

  it("is left out where the dev server needs its inline styles", () => {
    expect(page(false)).not.toContain("Content-Security-Policy");
  });

  it("is the policy README gives hosts to send as a header", async () => {
    const readme = await readFile("README.md", "utf8");
    expect(readme).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
  });
});
