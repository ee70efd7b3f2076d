/**
 * The hex map of England's education authorities (Open Innovations' upper-tier local authority
 * hexjson, MIT), typed, with the area each hex stands for in the lookup.
 */

import map from "./hexmap/uk-upper-tier-local-authorities.json";

/** One hex: its ONS code (the key), the name Open Innovations gives it, and its column and row. */
export interface Hex {
  id: string;
  n: string;
  name: string;
  q: number;
  r: number;
}

/** A HexJSON map: how rows are offset, and the hexes by key. */
export interface HexMap {
  layout: "odd-r" | "even-r" | "odd-q" | "even-q";
  hexes: Record<string, Hex>;
}

/** England's 151 upper-tier local authorities as hexes, keyed by their 2019/20 ONS codes. */
export const ENGLAND_HEXMAP: HexMap = map as HexMap;
