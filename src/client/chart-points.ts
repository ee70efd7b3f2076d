import type { PointKeys } from "../charts/kind.ts";
import type { View } from "../stats/view-types.ts";
import { chartTip, loadWording, type ChartTip } from "./chart-tip.ts";
import { POINT, drawingsIn, expose, keysOf, nearestTo, neighbour, points, same, type Drawings } from "./chart-values.ts";

/**
 * Reading single values off a chart by hover, touch or keyboard. The chart is one tab stop;
 * arrow keys move between its values (left/right along a line, up/down across lines), and a
 * tooltip shows the figure or its reason, the period as published, and the source. Escape
 * hides it; it stays while the pointer is over it.
 */

/** One chart's values, made readable; `onPick` hears of a value clicked, tapped or entered. */
export interface ChartPoints {
  /** Prepares a freshly drawn SVG (once each): roles, names, one tab stop; keeps the current value. */
  prepare(): void;
  /** Shows the value with these keys (from a link), without moving focus. */
  select(keys: PointKeys): void;
  /** The value last picked, hovered or focused. */
  current(): PointKeys | null;
}

/** What the handlers share: the box, its drawings and tooltip, and how to show, hide and rove. */
interface Reader {
  box: HTMLElement;
  drawings: Drawings;
  tip: ChartTip;
  show(el: SVGGElement): void;
  hide(): void;
  rove(el: SVGGElement): void;
  pick(el: SVGGElement): void;
}

const MOVES = ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"];

/** Hover, touch, click, focus and keys on the box. */
function listen(r: Reader, view: () => View): void {
  const { box, drawings, tip } = r;
  for (const reach of ["pointerenter", "focusin", "touchstart"]) box.addEventListener(reach, () => void loadWording(view().kind), { once: true, passive: true });
  box.addEventListener("pointermove", (e) => {
    if (tip.element.contains(e.target as Node)) return;
    const el = nearestTo(drawings.shown(), e.clientX, e.clientY);
    if (el) r.show(el);
  });
  box.addEventListener("pointerleave", () => {
    if (!box.contains(document.activeElement)) r.hide();
  });
  box.addEventListener("click", (e) => {
    const el = nearestTo(drawings.shown(), e.clientX, e.clientY);
    if (!el) return r.hide();
    r.show(el);
    r.rove(el);
    r.pick(el);
  });
  box.addEventListener("focusin", (e) => {
    const el = (e.target as Element).closest<SVGGElement>(POINT);
    if (!el) return;
    r.rove(el);
    r.show(el);
  });
  box.addEventListener("focusout", (e) => {
    if (!box.contains(e.relatedTarget as Node)) r.hide();
  });
  box.addEventListener("keydown", (e) => {
    const from = (e.target as Element).closest<SVGGElement>(POINT);
    if (!from) return;
    if (e.key === "Escape") return r.hide();
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      r.show(from);
      return r.pick(from);
    }
    if (!MOVES.includes(e.key)) return;
    e.preventDefault();
    const to = neighbour(drawings.shown(), from, e.key);
    if (!to) return;
    r.rove(to);
    to.focus();
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !tip.hidden()) r.hide();
  });
}

/**
 * Wires hover, touch and keyboard reading into the chart container `box`; `view` gives the view
 * the chart is drawn from now (a comparison's changes with its reference group).
 */
export function chartPoints(box: HTMLElement, view: () => View, onPick: (keys: PointKeys) => void): ChartPoints {
  const drawings = drawingsIn(box);
  const tip = chartTip(box);
  let active: PointKeys | null = null;
  /** A value asked for while no drawing was on screen. */
  let waiting: PointKeys | null = null;
  /** Counts shows and hides, so a tooltip whose words arrive after a later show or hide is dropped. */
  let latest = 0;
  const reader: Reader = {
    box,
    drawings,
    tip,
    show(el) {
      const ticket = ++latest;
      const v = view();
      void loadWording(v.kind).then((tooltip) => {
        const info = ticket === latest ? tooltip(v, keysOf(el)) : null;
        if (!info) return;
        active = keysOf(el);
        drawings.shown().forEach((p) => p.classList.toggle("is-active", p === el));
        tip.show(el, info);
      });
    },
    hide() {
      latest++;
      tip.hide();
      box.querySelectorAll(".is-active").forEach((p) => p.classList.remove("is-active"));
    },
    rove: (el) => drawings.rove(keysOf(el)),
    pick: (el) => onPick(keysOf(el)),
  };
  listen(reader, view);
  const api: ChartPoints = {
    prepare() {
      const all = drawings.all();
      if (!all.length) return;
      for (const s of all.filter((s) => !s.hasAttribute("data-ready"))) {
        expose(s);
        s.setAttribute("data-ready", "");
      }
      if (tip.element.parentElement !== box) box.append(tip.element);
      const every = all.flatMap(points);
      const keep = (active && every.find((p) => same(keysOf(p), active!))) || every[0];
      if (keep) reader.rove(keep);
      const el = !tip.hidden() && active ? drawings.find(active) : undefined;
      if (el) reader.show(el);
    },
    select(keys) {
      const el = drawings.find(keys);
      if (el) {
        reader.rove(el);
        return reader.show(el);
      }
      // No drawing is on screen (the table is shown): keep the value, and show it once one is.
      const drawn = drawings.all().flatMap(points).find((p) => same(keysOf(p), keys));
      if (!drawn) return;
      active = keysOf(drawn);
      reader.rove(drawn);
      waiting = active;
    },
    current: () => active,
  };
  // When the box appears or changes size, another drawing may be the one shown: its tooltip follows.
  new ResizeObserver(() => {
    const keys = waiting ?? (tip.hidden() ? null : active);
    const el = keys && drawings.find(keys);
    if (!el) return;
    waiting = null;
    reader.show(el);
  }).observe(box);
  // Whatever redraws the chart (a new reference group), its values are prepared again.
  new MutationObserver(() => {
    if (drawings.all().some((s) => !s.hasAttribute("data-ready"))) api.prepare();
  }).observe(box, { childList: true });
  return api;
}
