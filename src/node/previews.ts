import { SITE_NAME, type Page } from "../site/layout.ts";
import { previewPath, viewPreviewSvg } from "../site/preview-card.ts";
import type { View } from "../stats/view-types.ts";
import { svgToPng } from "./png.ts";
import type { SiteWriter } from "./site-writer.ts";

/**
 * The preview pictures of shared links, drawn to PNG once per chart that leads a page: pages that
 * lead with the same chart share its picture.
 */

/** The charts pages lead with, each once. */
export function previewViews(pages: readonly Page[]): View[] {
  const byId = new Map<string, View>();
  for (const page of pages) if (page.preview && !byId.has(page.preview.id)) byId.set(page.preview.id, page.preview);
  return [...byId.values()];
}

/** Writes each preview picture into the built site, one at a time so only one is held. */
export async function writePreviews(site: SiteWriter, pages: readonly Page[]): Promise<number> {
  const views = previewViews(pages);
  for (const view of views) await site.write(previewPath(view.id), svgToPng(viewPreviewSvg(view, SITE_NAME)));
  return views.length;
}
