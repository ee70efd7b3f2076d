/**
 * Tables on phones and long tables: a visible cue when a table is wider than its box (the first
 * column stays in view by CSS alone), and sorting by any column for tables long enough to need it.
 * Without script a table reads in its published order, with a shadow at the edge that scrolls.
 */

/** Tables with fewer body rows than this read at a glance and are not made sortable. */
export const SORT_FROM_ROWS = 8;

/** A cell's value for sorting: a number where the cell shows one, else its text; a missing figure has none and sorts last. */
export function sortKey(cell: Element | undefined): number | string | null {
  if (!cell) return null;
  if (cell.querySelector(".missing")) return null;
  const value = cell.querySelector(".value")?.textContent ?? (cell.classList.contains("num") ? cell.textContent : null);
  if (value !== null && value !== undefined) {
    const n = Number(value.replace(/[−–]/g, "-").replace(/[^0-9.\-]/g, ""));
    if (value.trim() !== "" && Number.isFinite(n)) return n;
  }
  return (cell.textContent ?? "").trim();
}

/** Orders two keys: numbers by size, text as a reader alphabetises it, missing figures last whichever way. */
export function compareKeys(a: number | string | null, b: number | string | null, direction: 1 | -1): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return (a - b) * direction;
  return String(a).localeCompare(String(b), "en-GB", { numeric: true }) * direction;
}

/** Sorts a table's body by column `index`, in published order first and then ascending and descending in turn. */
function sortBy(table: HTMLTableElement, index: number, header: HTMLTableCellElement, status: HTMLElement): void {
  const body = table.tBodies[0];
  if (!body) return;
  const now = header.getAttribute("aria-sort");
  const direction: 1 | -1 = now === "ascending" ? -1 : 1;
  for (const th of table.tHead?.rows[0]?.cells ?? []) th.removeAttribute("aria-sort");
  header.setAttribute("aria-sort", direction === 1 ? "ascending" : "descending");
  const rows = [...body.rows];
  rows.sort((r, s) => compareKeys(sortKey(r.cells[index]), sortKey(s.cells[index]), direction) || Number(r.dataset.order) - Number(s.dataset.order));
  body.append(...rows);
  status.textContent = `Sorted by ${header.textContent?.trim() ?? "column"}, ${direction === 1 ? "lowest or A first" : "highest or Z first"}. Missing figures are listed last.`;
}

/** Makes a long table's column headers buttons that sort by that column, with the order announced. */
function makeSortable(table: HTMLTableElement): void {
  const headers = table.tHead?.rows[0]?.cells;
  const body = table.tBodies[0];
  if (!headers || !body || body.rows.length < SORT_FROM_ROWS || table.tBodies.length > 1) return;
  [...body.rows].forEach((row, i) => (row.dataset.order = String(i)));
  const status = document.createElement("p");
  status.className = "table-status visually-hidden";
  status.setAttribute("role", "status");
  table.after(status);
  [...headers].forEach((header, index) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    button.append(...header.childNodes);
    header.append(button);
    button.addEventListener("click", () => sortBy(table, index, header, status));
  });
  table.classList.add("sortable");
}

/** Shows a wrapped table's scroll cue while the table is wider than its box. */
function watchOverflow(wrap: HTMLElement): void {
  const cue = document.createElement("p");
  cue.className = "scroll-cue";
  cue.textContent = "Scroll sideways to see every column. The first column stays in view.";
  wrap.before(cue);
  const update = () => (cue.hidden = wrap.scrollWidth <= wrap.clientWidth + 1);
  update();
  new ResizeObserver(update).observe(wrap);
}

/** Adds the scroll cue and sorting to every data table under `root`. */
export function enhanceTables(root: ParentNode): void {
  for (const wrap of root.querySelectorAll<HTMLElement>(".table-wrap")) {
    watchOverflow(wrap);
    const table = wrap.querySelector<HTMLTableElement>("table.data-table");
    if (table) makeSortable(table);
  }
}
