import type { View } from "../stats/view-types.ts";
import { chartPoints } from "./chart-points.ts";
import { embedSnippet } from "../text/embed-snippet.ts";
import { stateUrl, type ViewState } from "./permalink.ts";

/**
 * The browser half of a chart's tools: shows the controls that need script, switches between
 * chart and table, copies a link to the exact view, fills and copies the embed code, and makes
 * the PNG (loaded only when asked for).
 */

/** The page's public address: its canonical link when the site's address was set, else the address shown. */
export function pageUrl(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const url = new URL(canonical || location.href);
  url.search = "";
  url.hash = "";
  return url.href;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The view a figure's chart is drawn from now: its data island, read again only when it changes. */
function currentView(figure: HTMLElement, first: View): () => View {
  const island = figure.querySelector<HTMLScriptElement>("script[data-view]");
  let text = island?.textContent ?? "";
  let view = first;
  return () => {
    const now = island?.textContent ?? "";
    if (now !== text && now) [text, view] = [now, JSON.parse(now) as View];
    return view;
  };
}

/** Enhances one chart figure; `state` is what the page's address asked of it, if anything. */
export function enhanceFigure(figure: HTMLElement, view: View, state: ViewState | null): void {
  const box = figure.querySelector<HTMLElement>("[data-chart]");
  const status = figure.querySelector<HTMLElement>(".tool-status");
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  figure.querySelectorAll<HTMLElement>("[data-needs-js]").forEach((el) => (el.hidden = false));
  // The table takes the chart's place when chosen, so it moves up to sit right after it.
  const body = figure.querySelector(":scope > .chart-body");
  body?.after(...figure.querySelectorAll(":scope > .table-wrap, :scope > .symbol-key"));

  const buttons = [...figure.querySelectorAll<HTMLButtonElement>("button[data-show]")];
  const setShow = (show: ViewState["show"]) => {
    figure.dataset.show = show;
    buttons.forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.show === show)));
  };
  const current = (): ViewState => {
    const reference = figure.querySelector<HTMLSelectElement>("[data-reference-picker] select")?.value;
    return { view: view.id, show: figure.dataset.show === "table" ? "table" : "chart", ...(points?.current() ?? {}), ...(reference ? { reference } : {}) };
  };
  const remember = () => history.replaceState(history.state, "", stateUrl(location.href, current()));
  buttons.forEach((b) =>
    b.addEventListener("click", () => {
      setShow(b.dataset.show === "table" ? "table" : "chart");
      remember();
    }),
  );
  setShow(state?.show ?? "chart");

  // A map's values are links, reached by Tab and named by their own labels: it needs no value reader.
  const points = box && view.kind !== "hexmap" ? chartPoints(box, currentView(figure, view), remember) : null;
  points?.prepare();
  if (state && (state.period || state.bar)) points?.select(state);

  figure.querySelector("[data-copy-link]")?.addEventListener("click", async () => {
    const link = stateUrl(pageUrl(), current());
    say((await copy(link)) ? "Link copied. It opens this chart as you see it now." : `Copy this link: ${link}`);
  });

  const code = figure.querySelector<HTMLTextAreaElement>("textarea[data-embed]");
  if (code && !code.value) {
    const url = new URL(code.dataset.embed ?? "", pageUrl()).href;
    code.value = embedSnippet(url, code.dataset.embedTitle ?? view.title, Number(code.dataset.embedHeight) || 560);
  }
  figure.querySelector("[data-copy-embed]")?.addEventListener("click", async () => {
    if (!code) return;
    if (await copy(code.value)) return say("Embed code copied.");
    code.select();
    say("The code is selected: press Control+C (or Command+C) to copy it.");
  });

  figure.querySelector<HTMLButtonElement>("[data-png]")?.addEventListener("click", async (e) => {
    const button = e.currentTarget as HTMLButtonElement;
    say("Making the PNG…");
    try {
      const { downloadPng } = await import("./png.ts");
      await downloadPng(button.dataset.png ?? "", button.dataset.name ?? `${view.id}.png`);
      say("PNG downloaded.");
    } catch {
      say("The PNG could not be made in this browser; the SVG download has the same chart.");
    }
  });
}
