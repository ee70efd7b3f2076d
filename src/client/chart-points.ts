import type { PointInfo, PointKeys } from "../charts/kind.ts";
import type { View } from "../stats/view-types.ts";

/**
 * Reading single values off a chart by hover, touch or keyboard. The chart is one tab stop;
 * arrow keys move between its values (left/right along a line, up/down across lines), and a
 * tooltip shows the figure or its reason, the period as published, and the source. Escape
 * hides it; it stays while the pointer is over it.
 */

const POINT = "[data-value],[data-reason]";

/** The keys of a value's element, as the chart wrote them. */
export function keysOf(el: Element): PointKeys {
  const d = (el as HTMLElement | SVGElement).dataset;
  return { series: d.series, bar: d.bar, period: d.period, group: d.group, share: d.share };
}

/** One chart's values, made readable; `onPick` hears of a value clicked, tapped or entered. */
export interface ChartPoints {
  /** Prepares a freshly drawn SVG (once each): roles, names, one tab stop; keeps the current value. */
  prepare(): void;
  /** Shows the value with these keys (from a link), without moving focus. */
  select(keys: PointKeys): void;
  /** The value last picked, hovered or focused. */
  current(): PointKeys | null;
}

function points(svg: SVGSVGElement): SVGGElement[] {
  return [...svg.querySelectorAll<SVGGElement>(POINT)].filter((el) => el.matches("g"));
}

/** Exposes the values to assistive technology and hides the drawing around them. */
function expose(svg: SVGSVGElement): void {
  svg.setAttribute("role", "group");
  const walk = (el: Element) => {
    for (const child of [...el.children]) {
      if (child.matches(POINT)) {
        child.setAttribute("role", "img");
        child.setAttribute("aria-label", child.querySelector("title")?.textContent ?? "");
        child.querySelector("title")?.remove();
      } else if (child.querySelector(POINT)) walk(child);
      else if (el !== svg || !["title", "desc"].includes(child.localName)) child.setAttribute("aria-hidden", "true");
    }
  };
  walk(svg);
}

function same(a: PointKeys | null, b: PointKeys): boolean {
  const matches = (key: keyof PointKeys) => b[key] === undefined || a?.[key] === b[key];
  return !!a && a.series === b.series && a.bar === b.bar && matches("group") && matches("share") && matches("period");
}

/** The neighbour of `from` for an arrow key: along its line, or the nearest in time on the next line. */
function neighbour(list: SVGGElement[], from: SVGGElement, key: string): SVGGElement | undefined {
  const i = list.indexOf(from);
  if (key === "Home") return list[0];
  if (key === "End") return list[list.length - 1];
  const series = from.dataset.series;
  if (series === undefined) return list[i + (key === "ArrowRight" || key === "ArrowDown" ? 1 : -1)];
  const lines = [...new Set(list.map((p) => p.dataset.series))];
  const own = list.filter((p) => p.dataset.series === series).sort((a, b) => a.getBoundingClientRect().x - b.getBoundingClientRect().x);
  const j = own.indexOf(from);
  if (key === "ArrowRight") return own[j + 1];
  if (key === "ArrowLeft") return own[j - 1];
  const next = lines[lines.indexOf(series) + (key === "ArrowDown" ? 1 : -1)];
  const x = from.getBoundingClientRect().x;
  return list
    .filter((p) => p.dataset.series === next)
    .sort((a, b) => Math.abs(a.getBoundingClientRect().x - x) - Math.abs(b.getBoundingClientRect().x - x))[0];
}

/** What a kind of chart's tooltip says, from its module's `tooltip.ts`. */
type Tooltip = (view: View, keys: PointKeys) => PointInfo | null;

/**
 * The words a tooltip gives, from the view's own kind of chart (its folder is named by its kind),
 * loaded when a reader first reaches for the chart: pages that are only read never fetch them.
 */
const wordings = new Map<View["kind"], Promise<Tooltip>>();
function loadWording(kind: View["kind"]): Promise<Tooltip> {
  let loading = wordings.get(kind);
  if (!loading) wordings.set(kind, (loading = import(`../charts/${kind}/tooltip.ts`).then((m: { tooltip: Tooltip }) => m.tooltip)));
  return loading;
}

/**
 * Wires hover, touch and keyboard reading into the chart container `box`; `view` gives the view
 * the chart is drawn from now (a comparison's changes with its reference group).
 */
export function chartPoints(box: HTMLElement, view: () => View, onPick: (keys: PointKeys) => void): ChartPoints {
  const tip = document.createElement("div");
  tip.className = "chart-tip";
  tip.hidden = true;
  let active: PointKeys | null = null;
  /** A value asked for while no drawing was on screen. */
  let waiting: PointKeys | null = null;
  const svgs = () => [...box.querySelectorAll<SVGSVGElement>("svg")];
  /** The drawing the stylesheet shows at the box's width: the others are hidden, so have no boxes. */
  const svg = () => svgs().find((s) => s.getClientRects().length > 0) ?? null;
  const list = () => {
    const s = svg();
    return s ? points(s) : [];
  };
  const find = (keys: PointKeys) => list().find((el) => same(keysOf(el), keys));

  /** Counts shows and hides, so a tooltip whose words arrive after a later show or hide is dropped. */
  let latest = 0;
  const show = (el: SVGGElement) => {
    const ticket = ++latest;
    const v = view();
    void loadWording(v.kind).then((tooltip) => ticket === latest && place(el, tooltip(v, keysOf(el))));
  };
  const place = (el: SVGGElement, info: PointInfo | null) => {
    if (!info) return;
    active = keysOf(el);
    list().forEach((p) => p.classList.toggle("is-active", p === el));
    tip.replaceChildren(
      ...[info.heading, ...info.lines].map((text, i) => {
        const line = document.createElement(i === 0 ? "strong" : "span");
        line.textContent = text;
        return line;
      }),
    );
    tip.hidden = false;
    const boxRect = box.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const left = Math.min(Math.max(0, r.left - boxRect.left + r.width / 2 - tip.offsetWidth / 2), Math.max(0, box.clientWidth - tip.offsetWidth));
    const above = r.top - boxRect.top - tip.offsetHeight - 8;
    tip.style.left = `${left}px`;
    tip.style.top = `${above >= 0 ? above : r.bottom - boxRect.top + 8}px`;
  };
  const hide = () => {
    latest++;
    tip.hidden = true;
    box.querySelectorAll(".is-active").forEach((p) => p.classList.remove("is-active"));
  };
  /** Makes the value with `el`'s keys the chart's one tab stop, in every drawing, so it stays put if the box changes size. */
  const rove = (el: SVGGElement) => {
    const keys = keysOf(el);
    for (const s of svgs()) {
      const all = points(s);
      const stop = all.find((p) => same(keysOf(p), keys)) ?? all[0];
      all.forEach((p) => p.setAttribute("tabindex", p === stop ? "0" : "-1"));
    }
  };

  /** The value under or nearest to the pointer, within a finger's width. */
  const nearest = (x: number, y: number): SVGGElement | undefined => {
    let best: SVGGElement | undefined;
    let bestDistance = 24;
    for (const el of list()) {
      const r = el.getBoundingClientRect();
      const dx = Math.max(r.left - x, 0, x - r.right);
      const dy = Math.max(r.top - y, 0, y - r.bottom);
      const distance = Math.hypot(dx, dy);
      if (distance < bestDistance) [best, bestDistance] = [el, distance];
    }
    return best;
  };

  for (const reach of ["pointerenter", "focusin", "touchstart"]) box.addEventListener(reach, () => void loadWording(view().kind), { once: true, passive: true });
  box.addEventListener("pointermove", (e) => {
    if (tip.contains(e.target as Node)) return;
    const el = nearest(e.clientX, e.clientY);
    if (el) show(el);
  });
  box.addEventListener("pointerleave", () => {
    if (!box.contains(document.activeElement)) hide();
  });
  box.addEventListener("click", (e) => {
    const el = nearest(e.clientX, e.clientY);
    if (!el) return hide();
    show(el);
    rove(el);
    onPick(keysOf(el));
  });
  box.addEventListener("focusin", (e) => {
    const el = (e.target as Element).closest<SVGGElement>(POINT);
    if (el) {
      rove(el);
      show(el);
    }
  });
  box.addEventListener("focusout", (e) => {
    if (!box.contains(e.relatedTarget as Node)) hide();
  });
  box.addEventListener("keydown", (e) => {
    const from = (e.target as Element).closest<SVGGElement>(POINT);
    if (!from) return;
    if (e.key === "Escape") return hide();
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      show(from);
      return onPick(keysOf(from));
    }
    if (!["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"].includes(e.key)) return;
    e.preventDefault();
    const to = neighbour(list(), from, e.key);
    if (to) {
      rove(to);
      to.focus();
    }
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !tip.hidden) hide();
  });

  const api: ChartPoints = {
    prepare() {
      const all = svgs();
      if (!all.length) return;
      for (const s of all.filter((s) => !s.hasAttribute("data-ready"))) {
        expose(s);
        s.setAttribute("data-ready", "");
      }
      if (tip.parentElement !== box) box.append(tip);
      const every = all.flatMap(points);
      const keep = (active && every.find((p) => same(keysOf(p), active!))) || every[0];
      if (keep) rove(keep);
      if (!tip.hidden && active) {
        const el = find(active);
        if (el) show(el);
      }
    },
    select(keys) {
      const el = find(keys);
      if (el) {
        rove(el);
        return show(el);
      }
      // No drawing is on screen (the table is shown): keep the value, and show it once one is.
      const drawn = svgs().flatMap(points).find((p) => same(keysOf(p), keys));
      if (!drawn) return;
      active = keysOf(drawn);
      rove(drawn);
      waiting = active;
    },
    current: () => active,
  };
  // When the box appears or changes size, another drawing may be the one shown: its tooltip follows.
  new ResizeObserver(() => {
    const keys = waiting ?? (tip.hidden ? null : active);
    const el = keys && find(keys);
    if (!el) return;
    waiting = null;
    show(el);
  }).observe(box);
  // Whatever redraws the chart (a new reference group), its values are prepared again.
  new MutationObserver(() => {
    if (svgs().some((s) => !s.hasAttribute("data-ready"))) api.prepare();
  }).observe(box, { childList: true });
  return api;
}
