/**
 * The site's public address, set once at build time by `SITE_URL` (see `vite.config.ts`):
 * checked here so a typo stops the build instead of shipping broken permalinks and embed code.
 */

/** `SITE_URL` as an absolute http(s) address ending in `/`, or undefined when unset; throws on anything else. */
export function readSiteUrl(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`SITE_URL "${text}" is not an address. Set it to the public address of the site, e.g. https://example.org/police-in-schools/`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`SITE_URL "${text}" must start with https:// or http://.`);
  if (url.search || url.hash) throw new Error(`SITE_URL "${text}" must not have a query or #fragment.`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}
