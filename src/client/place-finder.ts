/**
 * The place finder: a native type-ahead (input + datalist) over place names and codes that
 * opens the chosen place's page. Without JavaScript the list of links below it does the job.
 */

/** A place the finder offers: what the list shows, its page, and any other codes it answers to (old ONS codes, a DfE number). */
export interface PlaceOption {
  value: string;
  href: string;
  codes?: string[];
}

/** The option matching what was typed: exact name, name with code, any of its codes, else the one name starting with or containing it, ignoring case. */
export function matchPlace(typed: string, options: PlaceOption[]): string | null {
  const wanted = typed.trim().toLowerCase();
  if (!wanted) return null;
  const exact = options.find((o) => o.value.toLowerCase() === wanted);
  if (exact) return exact.href;
  const nameOf = (o: PlaceOption) => /^(.*?)(?: \(([^)]+)\))?$/.exec(o.value.toLowerCase());
  const byPart = options.filter((o) => {
    const m = nameOf(o);
    return m?.[1] === wanted || m?.[2] === wanted || (o.codes ?? []).some((c) => c.toLowerCase() === wanted);
  });
  if (byPart.length === 1) return byPart[0]!.href;
  const starts = options.filter((o) => o.value.toLowerCase().startsWith(wanted));
  if (starts.length === 1) return starts[0]!.href;
  const within = options.filter((o) => nameOf(o)?.[1]?.includes(wanted));
  return starts.length === 0 && within.length === 1 ? within[0]!.href : null;
}

/** Turns on every place finder on the page. */
export function enhancePlaceFinders(root: Document): void {
  for (const form of root.querySelectorAll<HTMLFormElement>("[data-place-finder]")) {
    const input = form.querySelector<HTMLInputElement>("input")!;
    const status = form.querySelector<HTMLElement>(".place-error")!;
    const options = [...form.querySelectorAll<HTMLOptionElement>("datalist option")].map((o) => ({ value: o.value, href: o.dataset.href ?? "", codes: (o.dataset.codes ?? "").split(" ").filter(Boolean) }));
    const go = () => {
      const target = matchPlace(input.value, options);
      if (target) location.assign(target);
      else status.textContent = input.value.trim() ? `No single place matches "${input.value.trim()}". Pick one from the list.` : "Type a place name or code.";
    };
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      go();
    });
    input.addEventListener("change", () => {
      if (options.some((o) => o.value === input.value)) go();
    });
    form.hidden = false;
  }
}
