/**
 * What the DfE files do not say and the lookup needs: what each boundary or code change was, and
 * whether a series may run across it. Dates, numbers and codes are checked against the files by
 * the build; the kind of change and its legal basis are cited here.
 */

import type { Citation, Continuity } from "../../src/geo/types.ts";

/** Citations for facts from outside the DfE files. */
export const CITATIONS: readonly Citation[] = [
  {
    id: "bedfordshire-order-2008",
    title: "The Bedfordshire (Structural Changes) Order 2008",
    kind: "legislation",
    supports: "Bedfordshire county was replaced by the unitary authorities Bedford and Central Bedfordshire on 1 April 2009",
  },
  {
    id: "cheshire-order-2008",
    title: "The Cheshire (Structural Changes) Order 2008",
    kind: "legislation",
    supports: "Cheshire county (without Halton and Warrington, already unitary) was replaced by Cheshire East and Cheshire West and Chester on 1 April 2009",
  },
  {
    id: "gateshead-northumberland-order-2013",
    title: "The Gateshead and Northumberland (Boundary Change) Order 2013",
    kind: "legislation",
    supports: "the 2013 change of codes for Gateshead and Northumberland came with a boundary change between them",
  },
  {
    id: "gsscoder-2013",
    title: "Greater London Authority, gsscoder: notes on ONS code changes",
    kind: "repository",
    repository: "Greater-London-Authority/gsscoder",
    commit: "0c71e919da3665b3d5ce51e37dad805565fb0758",
    path: "data-raw/1_package_data.R",
    supports: "the Gateshead to Northumberland transfer was one dwelling, so the 2013 change can be treated as a change of code with no transfer of population",
  },
  {
    id: "bcp-order-2018",
    title: "The Bournemouth, Dorset and Poole (Structural Changes) Order 2018",
    kind: "legislation",
    supports: "Bournemouth, Poole and Christchurch (a district of Dorset county) became Bournemouth, Christchurch and Poole, and the rest of Dorset county became the Dorset unitary authority, on 1 April 2019",
  },
  {
    id: "buckinghamshire-order-2019",
    title: "The Buckinghamshire (Structural Changes) Order 2019",
    kind: "legislation",
    supports: "Buckinghamshire county council was replaced on 1 April 2020 by a unitary council for the same area (Milton Keynes was already separate)",
  },
  {
    id: "northamptonshire-order-2020",
    title: "The Northamptonshire (Structural Changes) Order 2020",
    kind: "legislation",
    supports: "Northamptonshire county was replaced by North Northamptonshire and West Northamptonshire on 1 April 2021",
  },
  {
    id: "cumbria-order-2022",
    title: "The Cumbria (Structural Changes) Order 2022",
    kind: "legislation",
    supports: "Cumbria county was replaced by Cumberland and Westmorland and Furness on 1 April 2023",
  },
  {
    id: "north-yorkshire-order-2022",
    title: "The North Yorkshire (Structural Changes) Order 2022",
    kind: "legislation",
    supports: "North Yorkshire county council was replaced on 1 April 2023 by a unitary council for the same area (York was already separate)",
  },
  {
    id: "somerset-order-2022",
    title: "The Somerset (Structural Changes) Order 2022",
    kind: "legislation",
    supports: "Somerset county council was replaced on 1 April 2023 by a unitary council for the same area (Bath and North East Somerset and North Somerset were already separate)",
  },
  {
    id: "barnsley-sheffield-order-2024",
    title: "The Barnsley and Sheffield (Boundary Change) Order 2024",
    kind: "legislation",
    supports: "the 2025 change of codes for Barnsley and Sheffield came with a boundary change between them",
  },
];

/** A change as stated here, by DfE number, before the build checks it against the files. */
export interface ChangeFact {
  id: string;
  /** ISO date; the build checks it against the dates in DfE's list of codes. */
  date: string;
  kind: "split" | "reorganisation" | "recode";
  continuity: Continuity;
  from: string[];
  to: string[];
  summary: string;
  /** Said when the files give figures for old and new authorities in the same year. */
  note: string | null;
  citations: string[];
}

/** The boundary and code changes to education authorities from 2006/07 on. */
export const CHANGES: readonly ChangeFact[] = [
  {
    id: "2009-bedfordshire",
    date: "2009-04-01",
    kind: "split",
    continuity: "new-areas",
    from: ["820"],
    to: ["822", "823"],
    summary: "Bedfordshire was split into two unitary authorities, Bedford and Central Bedfordshire.",
    note: "For 2008/09 DfE's local authority exclusion tables give pupil numbers under the old county and exclusions under the new authorities.",
    citations: ["bedfordshire-order-2008"],
  },
  {
    id: "2009-cheshire",
    date: "2009-04-01",
    kind: "split",
    continuity: "new-areas",
    from: ["875"],
    to: ["895", "896"],
    summary: "Cheshire was split into two unitary authorities, Cheshire East and Cheshire West and Chester.",
    note: "For 2008/09 DfE's local authority exclusion tables give pupil numbers under the old county and exclusions under the new authorities.",
    citations: ["cheshire-order-2008"],
  },
  {
    id: "2013-gateshead-northumberland",
    date: "2013-04-01",
    kind: "recode",
    continuity: "minor-boundary-change",
    from: ["390", "929"],
    to: ["390", "929"],
    summary: "Gateshead and Northumberland were given new ONS codes when the boundary between them moved by one dwelling; DfE kept their numbers.",
    note: "DfE's files went on using the old codes for some years (to 2016/17 in the reasons file, to 2020/21 in the alternative provision file).",
    citations: ["gateshead-northumberland-order-2013", "gsscoder-2013"],
  },
  {
    id: "2019-dorset",
    date: "2019-04-01",
    kind: "reorganisation",
    continuity: "new-areas",
    from: ["835", "836", "837"],
    to: ["838", "839"],
    summary: "Bournemouth, Poole and Christchurch (then part of Dorset county) became Bournemouth, Christchurch and Poole, and the rest of Dorset county became the Dorset unitary authority.",
    note: null,
    citations: ["bcp-order-2018"],
  },
  {
    id: "2020-buckinghamshire",
    date: "2020-04-01",
    kind: "recode",
    continuity: "same-area",
    from: ["825"],
    to: ["825"],
    summary: "Buckinghamshire county council became a unitary authority for the same area, with a new ONS code; DfE kept its number.",
    note: "The alternative provision file used the new code only from 2021/22.",
    citations: ["buckinghamshire-order-2019"],
  },
  {
    id: "2021-northamptonshire",
    date: "2021-04-01",
    kind: "split",
    continuity: "new-areas",
    from: ["928"],
    to: ["940", "941"],
    summary: "Northamptonshire was split into two unitary authorities, North Northamptonshire and West Northamptonshire.",
    note: null,
    citations: ["northamptonshire-order-2020"],
  },
  {
    id: "2023-cumbria",
    date: "2023-04-01",
    kind: "split",
    continuity: "new-areas",
    from: ["909"],
    to: ["942", "943"],
    summary: "Cumbria was split into two unitary authorities, Cumberland and Westmorland and Furness.",
    note: null,
    citations: ["cumbria-order-2022"],
  },
  {
    id: "2023-north-yorkshire",
    date: "2023-04-01",
    kind: "recode",
    continuity: "same-area",
    from: ["815"],
    to: ["815"],
    summary: "North Yorkshire county council became a unitary authority for the same area, with a new ONS code; DfE kept its number.",
    note: null,
    citations: ["north-yorkshire-order-2022"],
  },
  {
    id: "2023-somerset",
    date: "2023-04-01",
    kind: "recode",
    continuity: "same-area",
    from: ["933"],
    to: ["933"],
    summary: "Somerset county council became a unitary authority for the same area, with a new ONS code; DfE kept its number.",
    note: null,
    citations: ["somerset-order-2022"],
  },
  {
    id: "2025-barnsley-sheffield",
    date: "2025-05-01",
    kind: "recode",
    continuity: "minor-boundary-change",
    from: ["370", "373"],
    to: ["370", "373"],
    summary: "Barnsley and Sheffield were given new ONS codes after a change to the boundary between them; DfE kept their numbers.",
    note: "The date is the one DfE's list of codes gives. No figures in these files are for a year after the change.",
    citations: ["barnsley-sheffield-order-2024"],
  },
];

/**
 * How the interactive tool names DfE's Inner and Outer London, which the other files call
 * "Inner London" and "Outer London"; every other area name matches a region name as it stands.
 */
export const LAIT_REGION_NAMES: Readonly<Record<string, string>> = {
  "London (Inner)": "E13000001",
  "London (Outer)": "E13000002",
};
