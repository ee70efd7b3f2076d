import { authorityById, distinctName } from "../geo/authorities.ts";
import type { Authority } from "../geo/types.ts";
import type { AreaData, AreaIndicator } from "./areas.ts";
import type { HexMapArea, HexMapView } from "./view-types.ts";

/**
 * A hex map view of one area indicator in its latest period: every authority with a row then,
 * under its area identity's code, each linking to its page. Authorities that ended before the
 * latest period have no row in it, so they are not drawn; new ones the map has no hex for are
 * listed beside it by the chart.
 */

/** The map of `indicator` in its latest period; `hrefFor` gives each authority's page from the page the map is on. */
export function areaMapView(data: AreaData, indicator: AreaIndicator, hrefFor: (authority: Authority) => string): HexMapView | null {
  const period = indicator.periods[indicator.periods.length - 1];
  if (!period) return null;
  const areas: HexMapArea[] = Object.entries(indicator.areas).flatMap(([id, points]) => {
    const point = points.find((p) => p.period.key === period.key);
    const authority = authorityById(id);
    return point && authority ? [{ code: authority.id, name: distinctName(authority), cell: point.cell, href: hrefFor(authority), source: point.source }] : [];
  });
  return {
    kind: "hexmap",
    id: `${data.datasetId}-${indicator.indicator.column}-map`.replace(/_/g, "-"),
    title: `${indicator.indicator.label}, by local authority, ${period.label}`,
    subtitle: `Each hex is one education authority, shaded by its figure for ${period.label}; select a hex for the area's page`,
    indicator: indicator.indicator,
    period,
    areas: areas.sort((a, b) => a.name.localeCompare(b.name)),
    sources: indicator.sources,
    notes: ["Hex positions are Open Innovations' hex map of upper-tier local authorities (MIT licence); each hex has the same size whatever the area's size or population."],
  };
}

/** The maps a file's descriptor asks for, in its order. */
export function areaMapViews(data: AreaData, hrefFor: (authority: Authority) => string): HexMapView[] {
  return data.map.flatMap((column) => {
    const indicator = data.indicators.find((i) => i.indicator.column === column);
    const view = indicator ? areaMapView(data, indicator, hrefFor) : null;
    return view ? [view] : [];
  });
}
