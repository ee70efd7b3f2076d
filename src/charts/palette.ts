/**
 * The chart colours, defined once: the UK government Analysis Function categorical palette,
 * in its published order, plus the neutral colours every chart shares.
 */

/** One categorical colour with its name in the Analysis Function guidance. */
export interface PaletteColour {
  name: string;
  hex: string;
}

/** The Analysis Function categorical palette, in the order series take it. */
export const CATEGORICAL: readonly PaletteColour[] = [
  { name: "dark blue", hex: "#12436D" },
  { name: "turquoise", hex: "#28A197" },
  { name: "dark pink", hex: "#801650" },
  { name: "orange", hex: "#F46A25" },
  { name: "dark grey", hex: "#3D3D3D" },
  { name: "light purple", hex: "#A285D1" },
];

/** Neutral colours for text, axes and gridlines. */
export const NEUTRAL = {
  background: "#ffffff",
  text: "#0b0c0c",
  secondaryText: "#505a5f",
  axis: "#505a5f",
  grid: "#d8d8d8",
  rule: "#3d3d3d",
} as const;

/** The mark colour of the series or group at `index`, cycling through the palette. */
export function categoricalColour(index: number): string {
  const n = CATEGORICAL.length;
  return markColourFor(CATEGORICAL[((index % n) + n) % n]!.hex);
}

/**
 * The colour a line, marker or bar in `hex` should use: the colour itself when it reaches 3:1
 * against the background (WCAG non-text contrast), otherwise the same hue darkened until it does.
 */
export function markColourFor(hex: string, background: string = NEUTRAL.background): string {
  return darkenedTo(3, hex, background);
}

/**
 * The colour text in a series' colour should use: the colour itself when it reaches 4.5:1
 * against the background (WCAG AA for small text), otherwise the same hue darkened until it does.
 */
export function textColourFor(hex: string, background: string = NEUTRAL.background): string {
  return darkenedTo(4.5, hex, background);
}

function darkenedTo(minimum: number, hex: string, background: string): string {
  const rgb = parseHex(hex);
  const bg = luminance(parseHex(background));
  for (let k = 0; k <= 20; k++) {
    const mixed = rgb.map((c) => Math.round(c * (1 - k * 0.05))) as [number, number, number];
    if (contrast(luminance(mixed), bg) >= minimum) return toHex(mixed);
  }
  return NEUTRAL.text;
}

/** The WCAG contrast ratio between two colours. */
export function contrastRatio(a: string, b: string): number {
  return contrast(luminance(parseHex(a)), luminance(parseHex(b)));
}

function contrast(la: number, lb: number): number {
  const [hi, lo] = la > lb ? [la, lb] : [lb, la];
  return (hi + 0.05) / (lo + 0.05);
}

function parseHex(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`Not a six-digit hex colour: ${hex}`);
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => c.toString(16).padStart(2, "0")).join("").toUpperCase()}`;
}

function luminance(rgb: readonly number[]): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
