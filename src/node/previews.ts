import { SITE_NAME, type Page } from "../site/layout.ts";
import { previewPath, viewPreviewSvg } from "../site/preview-card.ts";
import type { View } from "../stats/view-types.ts";
import { svgToPngAsync } from "./png.ts";
import type { SiteWriter } from "./site-writer.ts";

/**
 * The preview pictures of shared links, drawn to PNG once per chart that leads a page: pages that
 * lead with the same chart share its picture. Pictures are drawn off the main thread, a few at a
 * time, while the pages are written.
 */

/** How many pictures are drawn at once: enough to keep a spare core busy, few enough to hold little memory. */
const AT_ONCE = 2;

/** The charts pages lead with, each once. */
export function previewViews(pages: readonly Page[]): View[] {
  const byId = new Map<string, View>();
  for (const page of pages) if (page.preview && !byId.has(page.preview.id)) byId.set(page.preview.id, page.preview);
  return [...byId.values()];
}

/** Writes each preview picture into the built site; resolves with how many were written. */
export async function writePreviews(site: SiteWriter, pages: readonly Page[]): Promise<number> {
  const queue = previewViews(pages);
  const total = queue.length;
  const worker = async () => {
    for (let view = queue.shift(); view; view = queue.shift()) await site.write(previewPath(view.id), await svgToPngAsync(viewPreviewSvg(view, SITE_NAME)));
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  return total;
}
