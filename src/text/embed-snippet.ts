import { escapeHtml } from "./html.ts";

/**
 * The embed code a reader pastes into their own page: an iframe of the chart's embed page,
 * tall enough to read without script, and a few lines that let the embed page set its own
 * height. Shared by the build (when the site's address is known) and the browser.
 */

/** The message an embed page posts to its host with its height in CSS pixels. */
export const HEIGHT_MESSAGE = "police-in-schools:height";

/**
 * The snippet for an embed page at `url` (absolute). The host's script only resizes an iframe
 * whose own window sent the message, from the embed page's origin, to a sane height.
 */
export function embedSnippet(url: string, title: string, height: number): string {
  const origin = new URL(url).origin;
  return `<iframe src="${escapeHtml(url)}" title="${escapeHtml(title)}" style="width:100%;height:${Math.round(height)}px;border:0" loading="lazy" data-pis-embed></iframe>
<script>addEventListener("message",function(e){var d=e.data;if(e.origin!=="${origin}"||!d||d.type!=="${HEIGHT_MESSAGE}"||!(d.height>0&&d.height<20000))return;document.querySelectorAll("iframe[data-pis-embed]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+"px"})})</script>`;
}
