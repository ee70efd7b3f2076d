/**
 * Puts each authority's figure on its hex. The map is keyed by the ONS codes of 2019/20; a figure
 * under another code goes on a hex only when the lookup says both codes are one area (E06000060
 * on Buckinghamshire's E10000002). Authorities the map has no hex for are returned to be listed.
 */

import { areaIdentity } from "../../geo/authorities.ts";
import type { HexMap } from "../../geo/hexmap.ts";
import type { HexMapArea } from "./types.ts";

/** Figures by the hex they are drawn on, and the figures with no hex. */
export interface Joined {
  onHex: Map<string, HexMapArea>;
  notOnMap: HexMapArea[];
}

/** Joins figures to hexes on ONS codes, through the area identity where the codes differ. */
export function joinToHexes(areas: readonly HexMapArea[], map: HexMap): Joined {
  const hexByIdentity = new Map<string, string>();
  for (const code of Object.keys(map.hexes)) {
    const identity = areaIdentity(code);
    if (identity) hexByIdentity.set(identity, code);
  }
  const onHex = new Map<string, HexMapArea>();
  const notOnMap: HexMapArea[] = [];
  for (const area of areas) {
    const identity = areaIdentity(area.code);
    const hex = map.hexes[area.code] ? area.code : identity ? hexByIdentity.get(identity) : undefined;
    if (!hex) {
      notOnMap.push(area);
      continue;
    }
    const earlier = onHex.get(hex);
    if (earlier) {
      throw new Error(
        `Two figures for one area on the hex map: ${earlier.code} (${earlier.name}) and ${area.code} (${area.name}) are the same area. Give one figure per area for the period.`,
      );
    }
    onHex.set(hex, area);
  }
  return { onHex, notOnMap };
}
