import { formatLocale } from "d3-format";

/**
 * The one number locale the site prints with, on d3-format: UK English grouping and pound sign,
 * and a plain hyphen-minus so a copied figure pastes into a spreadsheet as a number.
 */
const locale = formatLocale({ decimal: ".", thousands: ",", grouping: [3], currency: ["£", ""], minus: "-" });

/** A d3-format specifier in the site's locale, e.g. `format(",.2f")(1234.5)` → `1,234.50`. */
export const format: (specifier: string) => (value: number) => string = locale.format;

const fixedFormats = new Map<number, (value: number) => string>();

/** Fixed decimals (0 to 20), thousands separated: `1,234.50`; a negative that rounds to zero is unsigned. */
export function formatFixed(value: number, decimals: number): string {
  const d = Math.max(0, Math.min(20, Math.round(decimals)));
  let f = fixedFormats.get(d);
  if (!f) fixedFormats.set(d, (f = format(`,.${d}f`)));
  return f(value);
}

/** Up to twelve significant digits, no trailing zeros, thousands separated: `1,234.5`, `0.3`, `1,000`. */
export const formatPlain: (value: number) => string = format(",");

/** A share as a whole percentage, always signed: `+12%`, `-25%`. */
export const formatSignedPercent: (value: number) => string = format("+.0%");

/** A number in a unit as published, with `decimals` places: `12%`, `3.5 pp`, `£1,200`, `£4m`, `7,720`. */
export function formatInUnit(value: number, unit: string, decimals: number): string {
  const d = Math.max(0, Math.min(20, Math.round(decimals)));
  switch (unit) {
    case "%":
      return `${formatFixed(value, d)}%`;
    case "pp":
      return `${formatFixed(value, d)} pp`;
    case "£":
      return format(`$,.${d}f`)(value);
    case "£m":
      return `${format(`$,.${d}f`)(value)}m`;
    default:
      return formatFixed(value, d);
  }
}
