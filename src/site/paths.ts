import { authoritySlug } from "../geo/authorities.ts";
import { nameSlug } from "../geo/names.ts";
import type { Authority, PoliceForceArea } from "../geo/types.ts";

/** Where each kind of page lives, so pages link to one another without importing one another. */

/** Page path of a dataset: its id is its address. */
export function datasetPath(id: string): string {
  return `datasets/${id}/`;
}

/** Page path of a local area: its identity code and name (`areas/E09000012-hackney/`), whichever files it is in. */
export function areaPath(authority: Authority): string {
  return `areas/${authoritySlug(authority)}/`;
}

/** Page path of a police force area: its code and name (`forces/E23000001-metropolitan-police/`). */
export function forcePath(force: PoliceForceArea): string {
  return `forces/${force.code}-${nameSlug(force.name)}/`;
}
