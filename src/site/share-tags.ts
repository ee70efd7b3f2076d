import type { View } from "../stats/view-types.ts";
import { html, type Markup } from "../text/html.ts";
import { PREVIEW_SIZE, previewPath } from "./preview-card.ts";

/**
 * The tags a link preview is made from (Open Graph, read by most sites, and Twitter's card): the
 * page's title and summary, and its lead chart as a picture with its title and source drawn in.
 */

/** What a page says about itself when its link is shared. */
export interface ShareCard {
  title: string;
  description: string;
  /** The page's path from the site root. */
  path: string;
  /** The chart whose picture the preview shows, or none for a page without a chart. */
  preview?: View;
}

/** The tags; addresses are absolute when the site's public address is known, as link previews need. */
export function shareTags(card: ShareCard, siteName: string, siteUrl: string | undefined, root: string): Markup {
  const base = siteUrl ?? root;
  const image = card.preview ? `${base}${previewPath(card.preview.id)}` : null;
  const alt = card.preview ? `Chart: ${card.preview.title}. ${card.preview.subtitle}` : "";
  return html`<meta property="og:type" content="website">
<meta property="og:site_name" content="${siteName}">
<meta property="og:title" content="${card.title}">
<meta property="og:description" content="${card.description}">
${siteUrl ? html`<meta property="og:url" content="${siteUrl}${card.path}">\n` : ""}${
    image
      ? html`<meta property="og:image" content="${image}">
<meta property="og:image:type" content="image/png">
<meta property="og:image:width" content="${PREVIEW_SIZE.width}">
<meta property="og:image:height" content="${PREVIEW_SIZE.height}">
<meta property="og:image:alt" content="${alt}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:image" content="${image}">
<meta name="twitter:image:alt" content="${alt}">
`
      : html`<meta name="twitter:card" content="summary">\n`
  }<meta name="twitter:title" content="${card.title}">
<meta name="twitter:description" content="${card.description}">
`;
}
