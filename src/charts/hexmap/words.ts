/**
 * What the hex map says in words: how many authorities have a figure, the bands, the highest and
 * lowest, what is missing, and which authorities have no hex and why.
 */

import type { HexMapLayout, HexMapView, PlacedHex } from "./types.ts";

/** The map's summary sentences, and the sentence listing authorities not on it (or null). */
export interface HexMapWords {
  summary: string;
  notOnMap: string | null;
}

function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function extremes(hexes: readonly PlacedHex[], view: HexMapView): string {
  const valued = hexes.filter((h) => h.value !== null);
  if (valued.length < 2) return "";
  const top = Math.max(...valued.map((h) => h.value!));
  const bottom = Math.min(...valued.map((h) => h.value!));
  const named = (v: number) => valued.filter((h) => h.value === v).map((h) => h.name).sort();
  const list = (names: string[]) => (names.length > 3 ? `${names.slice(0, 3).join(", ")} and ${names.length - 3} more` : names.join(", "));
  const text = (v: number) => valued.find((h) => h.value === v)!.text;
  return ` Highest: ${list(named(top))} (${text(top)}). Lowest: ${list(named(bottom))} (${text(bottom)}).`;
}

/** The words for the map's description, and for the list beside it. */
export function hexMapWords(layout: HexMapLayout, view: HexMapView): HexMapWords {
  const withFigure = layout.hexes.filter((h) => h.status === "value").length + layout.notOnMap.filter((a) => a.bin !== null).length;
  const missing = layout.hexes.filter((h) => h.status === "missing");
  const noRow = layout.hexes.filter((h) => h.status === "no-row");
  const [first, last] = [layout.bins[0], layout.bins[layout.bins.length - 1]];
  const bands = first && last && layout.bins.length > 1 ? ` in ${layout.bins.length} bands from ${first.lowerText} to ${last.upperText}` : "";
  const parts = [
    `Hex map of England's education authorities, one hex each, shaded by ${view.indicator.label} in ${view.period.label}${bands}: ${counted(withFigure, "authority has a figure", "authorities have a figure")}.${extremes(layout.hexes, view)}`,
    missing.length > 0 ? `${counted(missing.length, "hex has", "hexes have")} no figure (${[...new Set(missing.map((h) => h.text))].join("; ")}), shown hatched.` : "",
    noRow.length > 0 ? `${counted(noRow.length, "hex has", "hexes have")} no figure in these data${noRow.length <= 10 ? `: ${noRow.map((h) => h.name).join("; ")}` : " (see the table)"}.` : "",
  ];
  const notOnMap =
    layout.notOnMap.length > 0
      ? `Not on the map, which has no hex for them: ${layout.notOnMap.map((a) => `${a.name} (${a.text})`).join(", ")}.`
      : null;
  return { summary: parts.filter(Boolean).join(" "), notOnMap };
}
