/**
 * Text measurement without a DOM: charts are laid out in Node at build time, so widths come
 * from the Arial/Helvetica advance widths (Liberation Sans has the same metrics) with a small
 * allowance for fonts that run wider.
 */

/** The font every chart sets on its root; the metrics below are this family's. */
export const FONT_FAMILY = "Arial, 'Liberation Sans', Helvetica, sans-serif";

/** A font as the layout sees it. */
export interface Font {
  size: number;
  bold?: boolean;
}

// Advance widths in thousandths of an em for ASCII 32–126 (Helvetica AFM, matched by Arial).
const REGULAR = widths(
  "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556 " +
    "278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 556 833 722 778 667 778 722 " +
    "667 611 722 667 944 667 667 611 278 278 278 469 556 333 556 556 500 556 556 278 556 556 222 222 500 " +
    "222 833 556 556 556 556 333 500 278 556 500 722 500 500 500 334 260 334 584",
);
const BOLD = widths(
  "278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556 " +
    "333 333 584 584 584 611 975 722 722 722 722 667 611 778 722 278 556 722 611 833 722 778 667 778 722 " +
    "667 611 722 667 944 667 667 611 333 278 333 584 556 333 556 611 556 611 556 333 611 611 278 278 556 " +
    "278 889 611 611 611 611 389 556 333 611 556 778 556 556 500 389 280 389 584",
);

/** Characters outside ASCII that charts commonly show. */
const EXTRA: Record<string, number> = {
  "–": 556,
  "—": 1000,
  "£": 556,
  "’": 222,
  "‘": 222,
  "“": 333,
  "”": 333,
  "…": 1000,
  "×": 584,
  "−": 584,
  "\u00a0": 278,
};

/** Allowance for fallback fonts a little wider than Arial. */
const SAFETY = 1.04;

function widths(list: string): number[] {
  return list.split(" ").map(Number);
}

/** The width of `text` set in `font`, in the same units as `font.size`. */
export function textWidth(text: string, font: Font): number {
  const table = font.bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    units += code >= 32 && code <= 126 ? table[code - 32]! : (EXTRA[ch] ?? 600);
  }
  return (units / 1000) * font.size * SAFETY;
}

/** Lines of wrapped text and how wide the widest one is. */
export interface Wrapped {
  lines: string[];
  width: number;
  /** True when words were cut to fit: show the full text elsewhere (a title or the desc). */
  truncated: boolean;
}

/**
 * Wraps text at spaces to `maxWidth`, in at most `maxLines` lines; a word or a last line that
 * still does not fit is cut with an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, font: Font, maxLines = 3): Wrapped {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let truncated = false;
  let current = "";
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate, font) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    if (lines.length === maxLines) {
      current = "";
      truncated = true;
      const last = lines.pop()!;
      lines.push(ellipsize(`${last} ${words.slice(i).join(" ")}`, maxWidth, font));
      break;
    }
    if (textWidth(word, font) > maxWidth) {
      current = ellipsize(word, maxWidth, font);
      truncated = true;
    }
  }
  if (current) {
    if (lines.length === maxLines) {
      truncated = true;
      lines.push(ellipsize(`${lines.pop()!} ${current}`, maxWidth, font));
    } else {
      lines.push(current);
    }
  }
  return { lines, width: Math.max(0, ...lines.map((l) => textWidth(l, font))), truncated };
}

/** Cuts text to fit `maxWidth`, ending it with an ellipsis when anything was cut. */
export function ellipsize(text: string, maxWidth: number, font: Font): string {
  if (textWidth(text, font) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join("").trimEnd()}…`, font) > maxWidth) chars.pop();
  return `${chars.join("").trimEnd()}…`;
}
