/**
 * The one way text reaches HTML and SVG: every interpolated value is escaped unless it is
 * a `Markup` made by this module, so nothing from a CSV can become markup.
 */

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (ch) => ESCAPES[ch]!);
}

/** Markup already escaped (or written by us): safe to interpolate as is. */
export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** A value a template may interpolate: text is escaped, markup is kept, lists are joined, nullish and false vanish. */
export type Interpolation = string | number | Markup | null | undefined | false | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Markup) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

/** Tagged template for HTML and SVG: `html\`<p>${label}</p>\`` escapes `label`. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Markup {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return new Markup(out);
}

/** Trusts a string as markup: only for text this codebase wrote, never for data. */
export function raw(markup: string): Markup {
  return new Markup(markup);
}

/** Allows only http(s) links from data; anything else becomes null so no `javascript:` URL is ever emitted. */
export function safeUrl(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}
