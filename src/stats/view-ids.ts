/**
 * Every view on a page gets an id of its own: an id names the chart's element, its embed page
 * and its downloads, so two breakdowns whose names make the same id (`FSM_Eligible` and
 * `FSM_eligible`, `SEN provision` and `SEN-provision`) must not share one. A repeated id gets
 * `-2`, `-3` and so on, in the order the views are listed.
 */
export function withUniqueIds<T extends { id: string }>(views: readonly T[]): T[] {
  const taken = new Set<string>();
  return views.map((view) => {
    let id = view.id;
    for (let n = 2; taken.has(id); n++) id = `${view.id}-${n}`;
    taken.add(id);
    return id === view.id ? view : { ...view, id };
  });
}
