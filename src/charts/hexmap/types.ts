/**
 * The hex map's view (what the caller gives: one indicator's value per authority in its latest
 * period, and each authority's page), its layout (placed hexes, bins, legend: JSON-safe) and the
 * rows of its table.
 */

import type { TextBlock } from "../labels.ts";

export type { HexMapArea, HexMapView } from "../../stats/view-types.ts";

/** A band of values drawn in one fill: `lower` ≤ value < `upper` (the last band includes `upper`). */
export interface Bin {
  index: number;
  lower: number;
  upper: number;
  /** "0.05% to under 0.10%", or "0.20% to 0.25%" for the last band. */
  label: string;
  /** The edges as the label writes them. */
  lowerText: string;
  upperText: string;
  colour: string;
  /** Dots over the colour, so bands next to each other differ by more than a shade. */
  dotted: boolean;
  /** The dots' colour, chosen for 3:1 against the band's colour. */
  dotColour: string;
}

/** What a hex shows: a value in a band, a missing value (with its reason), or no row at all. */
export type HexStatus = "value" | "missing" | "no-row";

/** One hex, placed. */
export interface PlacedHex {
  /** The hex's code in the map. */
  mapCode: string;
  /** The code the figure is under, when there is one; it differs from the map's when the area was recoded. */
  dataCode: string | null;
  name: string;
  x: number;
  y: number;
  href: string | null;
  status: HexStatus;
  value: number | null;
  /** The value as the indicator writes it, or the reason there is none, in words. */
  text: string;
  bin: number | null;
  /** The hex's name, its value or reason, and its band: what a screen reader and a tooltip say. */
  accessibleName: string;
}

/** An authority with a figure but no hex: an area created after the map was made. */
export interface NotOnMap {
  code: string;
  name: string;
  href: string;
  text: string;
  bin: number | null;
}

/** A legend entry: a swatch (a band's fill or the missing pattern) and its words. */
export interface HexLegendEntry {
  fill: { kind: "bin"; bin: number } | { kind: "missing" };
  x: number;
  cy: number;
  text: TextBlock;
}

/** Everything the hex map draws, in pixels. */
export interface HexMapLayout {
  kind: "hexmap";
  width: number;
  /** Set by the map's shape and the legend, not by the requested height. */
  height: number;
  /** The outline every hex shares, around its centre. */
  hexPoints: string;
  radius: number;
  hexes: PlacedHex[];
  bins: Bin[];
  legend: HexLegendEntry[];
  notOnMap: NotOnMap[];
}

/** A row of the table beside the map: every authority, its value and its band. */
export interface HexMapRow {
  code: string;
  name: string;
  href: string | null;
  value: string;
  band: string;
  onMap: boolean;
  note: string | null;
}
