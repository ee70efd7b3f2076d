import { html, raw, type Markup } from "../text/html.ts";
import type { View } from "../stats/view-types.ts";
import { cspMeta } from "./csp.ts";
import { shareTags } from "./share-tags.ts";

/**
 * The page shell: landmarks, skip link, navigation and asset links. Links are relative to the
 * page, so the built site works from any folder of any static host.
 */

/** The site's name, said once. */
export const SITE_NAME = "Police in schools: the published figures";

/** Where a page sits and which scripts and styles it loads. */
export interface PageContext {
  /** The page's path from the site root, e.g. `datasets/london-officers/` or `` for home. */
  path: string;
  /** Stylesheets and module scripts, as paths from the site root. */
  styles: string[];
  scripts: string[];
  /** The site's public address ending in `/` (from `SITE_URL` at build time), for canonical links, permalinks and embed code. */
  siteUrl?: string;
  /** Whether the page carries the Content-Security-Policy: built pages do; the dev server's injected client needs inline styles. */
  csp?: boolean;
}

/** A page to write: its path from the site root and its document. */
export interface Page {
  path: string;
  render(ctx: Omit<PageContext, "path">): string;
  /** The chart a shared link to the page shows as its picture, drawn to PNG by the build. */
  preview?: View;
}

/** The relative prefix from a page back to the site root (`../../` for `datasets/x/`). */
export function rootPrefix(path: string): string {
  const depth = path.split("/").filter(Boolean).length;
  return depth === 0 ? "./" : "../".repeat(depth);
}

/** A link from the current page to another page or file of the site. */
export function href(ctx: PageContext, target: string): string {
  return rootPrefix(ctx.path) + target;
}

/** A whole HTML document around a page's main content. */
export function layout(ctx: PageContext, page: { title: string; description: string; main: Markup; current: "home" | "datasets" | "about"; preview?: View }): string {
  const nav = [
    { key: "home", label: "Home", target: "" },
    { key: "about", label: "About the data", target: "about/" },
  ];
  const doc = html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
${ctx.csp ? cspMeta() : ""}<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title === SITE_NAME ? SITE_NAME : `${page.title} · ${SITE_NAME}`}</title>
<meta name="description" content="${page.description}">
<meta name="color-scheme" content="light dark">
${shareTags({ title: page.title, description: page.description, path: ctx.path, ...(page.preview ? { preview: page.preview } : {}) }, SITE_NAME, ctx.siteUrl, rootPrefix(ctx.path))}
<link rel="icon" href="${href(ctx, "favicon.svg")}" type="image/svg+xml">
${ctx.siteUrl ? html`<link rel="canonical" href="${ctx.siteUrl}${ctx.path}">
` : ""}
${ctx.styles.map((s) => html`<link rel="stylesheet" href="${href(ctx, s)}">\n`)}${ctx.scripts.map((s) => html`<script type="module" src="${s.startsWith("/") ? s : href(ctx, s)}"></script>\n`)}</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
<div class="wrap">
<a class="site-name" href="${href(ctx, "")}">${SITE_NAME}</a>
<nav aria-label="Site">
<ul>${nav.map((n) => html`<li><a href="${href(ctx, n.target) || "./"}"${n.key === page.current ? raw(' aria-current="page"') : ""}>${n.label}</a></li>`)}</ul>
</nav>
</div>
</header>
<main id="main" class="wrap" tabindex="-1">
${page.main}
</main>
<footer class="site-footer">
<div class="wrap">
<p>Every figure on this site is copied as published, with its source. Symbols such as <span class="symbol">[c]</span> (suppressed) and <span class="symbol">[x]</span> (not available) are never counted as zero. <a href="${href(ctx, "about/")}">How to read the figures</a>.</p>
</div>
</footer>
</body>
</html>
`;
  return doc.value;
}
