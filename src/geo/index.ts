/**
 * Places: England's education authorities 2006/07 on (DfE numbers, ONS codes, every spelling of
 * their names, boundary and code changes), regions, Inner/Outer London and police force areas.
 * Built from DfE's published files by scripts/geo/build-lookup.ts. Imports only src/text.
 */

export { academicYear, academicYearStart, compareAcademicYears, normaliseAcademicYear } from "./academic-year.ts";
export {
  allAuthorities,
  areaIdentity,
  authoritiesByName,
  authorityByCode,
  authorityById,
  authorityByNumber,
  authorityIn,
  authoritySlug,
  codeIn,
  distinctName,
  findAuthorities,
  periodStatus,
  tierOf,
} from "./authorities.ts";
export type { AuthorityInYear, PeriodStatus } from "./authorities.ts";
export { changeStatements, changesFor, describeChange, formatDate, predecessorsOf, successorsOf } from "./changes.ts";
export type { ChangeStatement } from "./changes.ts";
export { LOOKUP } from "./lookup.ts";
export { nameKey, nameSlug } from "./names.ts";
export { allPoliceForceAreas, policeForceByCode, policeForceByName } from "./police.ts";
export { allRegions, englishRegions, londonPartOf, londonParts, regionByCode, regionByName, regionByNumber, regionOf } from "./regions.ts";
export type * from "./types.ts";
export { ENGLAND_HEXMAP } from "./hexmap.ts";
export type { Hex, HexMap } from "./hexmap.ts";
