import { html, type Markup } from "../text/html.ts";

/**
 * The Content-Security-Policy of every built page: scripts and styles only from the site's own
 * files (no inline script, no inline style, no eval), nothing from another origin, images also
 * from `blob:` for the PNG a reader makes from a chart. JSON islands are data, not script, so
 * they need nothing. README's "Deploying" gives the same policy as a header for hosts that can
 * send one.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'";

/** The policy as a `<meta>` for a page's head, placed before anything it governs. */
export function cspMeta(): Markup {
  return html`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
`;
}
