import { HEIGHT_MESSAGE } from "../text/embed-snippet.ts";

/**
 * On an embed page, tells the host page how tall the content is whenever it changes, so the
 * host's iframe fits it with no inner scroll bar (the embed code's script listens for this).
 */

/** Starts reporting the document's height to the parent window, when there is one. */
export function reportHeight(doc: Document): void {
  if (window.parent === window) return;
  let last = 0;
  const send = () => {
    const height = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, "*");
  };
  new ResizeObserver(send).observe(doc.documentElement);
  send();
}
