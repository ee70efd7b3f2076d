/**
 * The place finder: a native type-ahead (input + datalist) over place names and codes that
 * opens the chosen place's page. Without JavaScript the list of links below it does the job.
 */

/** The option matching what was typed: exact name, name with code, or code alone, ignoring case. */
export function matchPlace(typed: string, options: { value: string; href: string }[]): string | null {
  const wanted = typed.trim().toLowerCase();
  if (!wanted) return null;
  const exact = options.find((o) => o.value.toLowerCase() === wanted);
  if (exact) return exact.href;
  const byPart = options.filter((o) => {
    const m = /^(.*?)(?: \(([^)]+)\))?$/.exec(o.value.toLowerCase());
    return m?.[1] === wanted || m?.[2] === wanted;
  });
  if (byPart.length === 1) return byPart[0]!.href;
  const starts = options.filter((o) => o.value.toLowerCase().startsWith(wanted));
  return starts.length === 1 ? starts[0]!.href : null;
}

/** Turns on every place finder on the page. */
export function enhancePlaceFinders(root: Document): void {
  for (const form of root.querySelectorAll<HTMLFormElement>("[data-place-finder]")) {
    const input = form.querySelector<HTMLInputElement>("input")!;
    const status = form.querySelector<HTMLElement>(".place-error")!;
    const options = [...form.querySelectorAll<HTMLOptionElement>("datalist option")].map((o) => ({ value: o.value, href: o.dataset.href ?? "" }));
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
