/**
 * A chart's state in the page address, so a copied link opens the same view: which chart,
 * chart or table, and the value picked. Read on arrival, written by "Copy link".
 *
 *   datasets/london-officers/?view=london-officers-officers-by-definition&show=table&series=sso&period=201011#london-officers-officers-by-definition
 */

/** What a link says about one chart on the page. */
export interface ViewState {
  view: string;
  show: "chart" | "table";
  /** The picked value: its series (empty for a bar chart's bar key) and period. */
  series?: string;
  period?: string;
  bar?: string;
  /** For a comparison: the reference group every ratio is taken against. */
  reference?: string;
}

/** The address of `state` on the page at `pageUrl` (any query or fragment there is replaced). */
export function stateUrl(pageUrl: string, state: ViewState): string {
  const url = new URL(pageUrl);
  const params = new URLSearchParams({ view: state.view });
  if (state.show === "table") params.set("show", "table");
  if (state.series) params.set("series", state.series);
  if (state.bar) params.set("bar", state.bar);
  if (state.period) params.set("period", state.period);
  if (state.reference) params.set("ref", state.reference);
  url.search = params.toString();
  url.hash = state.view;
  return url.href;
}

/** The state a page address asks for, or null when it names no chart. */
export function readState(pageUrl: string): ViewState | null {
  const params = new URL(pageUrl).searchParams;
  const view = params.get("view");
  if (!view) return null;
  const state: ViewState = { view, show: params.get("show") === "table" ? "table" : "chart" };
  for (const key of ["series", "bar", "period"] as const) {
    const value = params.get(key);
    if (value) state[key] = value;
  }
  const reference = params.get("ref");
  if (reference) state.reference = reference;
  return state;
}
