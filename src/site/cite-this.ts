import type { Source } from "../data/types.ts";
import { formatDate } from "../text/dates.ts";
import { newestSourceDate } from "./chart-file.ts";

/**
 * "Cite this" text and the date a dataset's figures were last updated, so a reporter can credit
 * a figure to this site and to its publisher, and see how recent it is, without working it out.
 */

/** When a dataset's figures were last updated: the publisher's release date when the descriptor gives it, else its newest source's date. */
export interface DataDate {
  /** ISO date, any precision; "" when nothing is dated. */
  date: string;
  basis: "release" | "newest source" | "none";
}

/** The date the figures were last updated, and what it rests on. */
export function dataDate(sources: readonly Source[], released?: string): DataDate {
  if (released) return { date: released, basis: "release" };
  const newest = newestSourceDate([...sources]);
  return newest ? { date: newest, basis: "newest source" } : { date: "", basis: "none" };
}

/** The date in words with what it rests on, e.g. "July 2025 (the publisher's release)". */
export function dataDateWords(d: DataDate): string {
  if (d.basis === "none") return "not stated by its sources";
  return `${formatDate(d.date)} (${d.basis === "release" ? "the publisher's release" : "the newest of its sources"})`;
}

/** What a citation names. */
export interface CiteWhat {
  title: string;
  site: string;
  data: DataDate;
  /** The address of the chart or dataset: absolute when the site's address is known. */
  address: string;
  /** The publishers the figures come from, credited after the site. */
  publishers: readonly string[];
}

/** One citation a reader can paste: title, site, date of the data, address, and the original publishers. */
export function citeText(what: CiteWhat): string {
  const when = what.data.basis === "none" ? "" : ` Data as published up to ${formatDate(what.data.date)}.`;
  const from = what.publishers.length ? ` Original figures: ${[...new Set(what.publishers)].join("; ")}.` : "";
  return `"${what.title}", ${what.site}.${when} ${what.address}${from}`;
}
