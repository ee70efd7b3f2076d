/**
 * The number formats the site prints, written out so the browser bundle needs no formatting
 * library: each gives exactly what d3-format gives for the same specifier (`,.2f`, `,`, `+.0%`),
 * minus sign (U+2212) included.
 */

const MINUS = "\u2212";

interface Spec {
  type: "f" | "%" | "g";
  precision: number;
  comma: boolean;
  /** Drop insignificant trailing zeros (`~`). */
  trim: boolean;
  /** Always show a sign (`+`). */
  plus: boolean;
}

/** Removes insignificant zeros after the decimal point, as d3-format's `~` does. */
function trimZeros(s: string): string {
  let i0 = -1;
  let i1 = 0;
  out: for (let i = 1; i < s.length; ++i) {
    switch (s[i]) {
      case ".":
        i0 = i1 = i;
        break;
      case "0":
        if (i0 === 0) i0 = i;
        i1 = i;
        break;
      default:
        if (!+s[i]!) break out;
        if (i0 > 0) i0 = 0;
    }
  }
  return i0 > 0 ? s.slice(0, i0) + s.slice(i1 + 1) : s;
}

/** Thousands separated by commas. */
function group(digits: string): string {
  const parts: string[] = [];
  for (let i = digits.length; i > 0; i -= 3) parts.unshift(digits.slice(Math.max(0, i - 3), i));
  return parts.join(",");
}

function formatWith(value: number, spec: Spec): string {
  let negative = value < 0 || 1 / value < 0;
  const abs = Math.abs(value);
  let text = isNaN(value) ? "NaN" : spec.type === "f" ? abs.toFixed(spec.precision) : spec.type === "%" ? (abs * 100).toFixed(spec.precision) : abs.toPrecision(spec.precision);
  if (spec.trim) text = trimZeros(text);
  // A negative value that rounds to zero is shown unsigned, unless a sign is always shown.
  if (negative && +text === 0 && !spec.plus) negative = false;
  const prefix = negative ? MINUS : spec.plus ? "+" : "";
  let i = 0;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  const digits = text.slice(0, i);
  return prefix + (spec.comma ? group(digits) : digits) + text.slice(i) + (spec.type === "%" ? "%" : "");
}

/** `,.{decimals}f`: fixed decimals, thousands separated. */
export function formatFixed(value: number, decimals: number): string {
  return formatWith(value, { type: "f", precision: Math.max(0, Math.min(20, decimals)), comma: true, trim: false, plus: false });
}

/** `,`: up to twelve significant digits, no trailing zeros, thousands separated. */
export function formatPlain(value: number): string {
  return formatWith(value, { type: "g", precision: 12, comma: true, trim: true, plus: false });
}

/** `+.0%`: a share as a whole percentage, always signed. */
export function formatSignedPercent(value: number): string {
  return formatWith(value, { type: "%", precision: 0, comma: false, trim: false, plus: true });
}
