import { LINE_HEIGHT } from "../../src/charts/labels.ts";
import { FONT_SIZE } from "../../src/charts/svg.ts";
import { textWidth } from "../../src/charts/text.ts";
import type { Drawn, Rect } from "./collisions.ts";
import { pathRuns } from "./path-runs.ts";

/**
 * What a chart drawing shows, read from its SVG markup without a browser: each `<text>` boxed
 * as a browser boxes it (the font's ascent above the first baseline, its descent below the last), each marker by
 * its circle or its symbol's points, each unfilled path's points. The markup is the charts' own
 * (attributes in double quotes, no transforms but a marker's translate), so a tag reader suffices.
 */

type Attrs = Record<string, string>;

interface Open {
  name: string;
  attrs: Attrs;
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);
}

function attributes(source: string): Attrs {
  const attrs: Attrs = {};
  for (const [, name, value] of source.matchAll(/([a-zA-Z:-]+)="([^"]*)"/g)) attrs[name!] = decode(value!);
  return attrs;
}

/** The nearest element on the stack (the innermost last) that names an owner. */
function ownerOf(stack: readonly Open[]): string | null {
  for (let i = stack.length - 1; i >= 0; i--) {
    const a = stack[i]!.attrs;
    const owner = a["data-series"] ?? a["data-group"] ?? (a["data-annotation"] !== undefined ? `event ${a["data-annotation"]}` : undefined);
    if (owner !== undefined) return owner;
  }
  return null;
}

function inherited(stack: readonly Open[], name: string): string | undefined {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.attrs[name] !== undefined) return stack[i]!.attrs[name];
  return undefined;
}

/** A text's box from its anchor, first baseline, size, weight and lines. */
function textBox(stack: readonly Open[], lines: string[]): Rect {
  const attrs = stack[stack.length - 1]!.attrs;
  const font = { size: Number(inherited(stack, "font-size") ?? FONT_SIZE), bold: inherited(stack, "font-weight") === "bold" };
  const width = Math.max(...lines.map((l) => textWidth(l, font)));
  const x = Number(attrs.x);
  const anchor = attrs["text-anchor"] ?? "start";
  const x0 = anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
  // The box a browser gives a line of this font (Liberation Sans: ascent 0.905 em, descent 0.212 em), a little taller than the layouts' own.
  const y0 = Number(attrs.y) - 0.905 * font.size;
  return { x0, y0, x1: x0 + width, y1: Number(attrs.y) + 0.212 * font.size + (lines.length - 1) * LINE_HEIGHT * font.size };
}

/** A marker's box: a circle's, or a translated symbol's points'. */
function markerBox(name: string, a: Attrs): Rect {
  if (name === "circle") {
    const [cx, cy, r] = [Number(a.cx), Number(a.cy), Number(a.r)];
    return { x0: cx - r, y0: cy - r, x1: cx + r, y1: cy + r };
  }
  const [, tx, ty] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(a.transform ?? "") ?? [];
  const points = pathRuns(a.d ?? "").flat();
  const xs = points.map((p) => p[0] + Number(tx));
  const ys = points.map((p) => p[1] + Number(ty));
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** Every label, marker and line of one chart's SVG. */
export function drawnFromSvg(svg: string): Drawn {
  const drawn: Drawn = { labels: [], markers: [], lines: [] };
  const stack: Open[] = [];
  let text: { lines: string[]; spans: boolean; value: boolean } | null = null;
  for (const [, close, name, rest, slash, content] of svg.matchAll(/<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    if (content !== undefined) {
      if (text && !stack.some((o) => o.name === "title")) {
        if (stack[stack.length - 1]!.name === "tspan") text.lines.push(decode(content));
        else if (!text.spans && content.trim()) text.lines.push(decode(content));
      }
      continue;
    }
    if (close) {
      if (name === "text" && text) {
        drawn.labels.push({ text: text.lines.join(" "), box: textBox(stack, text.lines), owner: ownerOf(stack), value: text.value });
        text = null;
      }
      stack.pop();
      continue;
    }
    const attrs = attributes(rest!);
    const selfClosing = slash === "/";
    const open = { name: name!, attrs };
    const inDefs = stack.some((o) => o.name === "defs" || o.name === "pattern");
    if (name === "text") text = { lines: [], spans: false, value: (attrs.class ?? "").split(" ").includes("value-label") };
    if (name === "tspan" && text) text.spans = true;
    if (!inDefs && (name === "circle" || (name === "path" && attrs.transform))) drawn.markers.push({ box: markerBox(name, attrs), owner: ownerOf([...stack, open]) });
    if (!inDefs && name === "path" && !attrs.transform && attrs.fill === "none") drawn.lines.push({ runs: pathRuns(attrs.d ?? ""), owner: ownerOf([...stack, open]) });
    if (!selfClosing) stack.push(open);
  }
  return drawn;
}

/** Every chart drawing in a page's HTML: its id and its SVG. */
export function chartSvgs(html: string): { id: string; svg: string }[] {
  return [...html.matchAll(/<svg [^>]*class="chart-[^"]*" id="([^"]+)"[\s\S]*?<\/svg>/g)].map((m) => ({ id: m[1]!, svg: m[0] }));
}

/**
 * Every way a label is hidden in any chart drawing on any page of a built site: each distinct
 * drawing is checked once (a chart is on its dataset's page, its own page, its embed…), and each
 * finding names the first page it is on, the drawing's id and both texts.
 */
export function siteCollisions(pages: Iterable<{ path: string; html: string }>, check: (drawn: Drawn) => string[]): { drawings: number; found: string[] } {
  const seen = new Set<string>();
  const found: string[] = [];
  for (const { path, html } of pages) {
    for (const { id, svg } of chartSvgs(html)) {
      if (seen.has(svg)) continue;
      seen.add(svg);
      found.push(...check(drawnFromSvg(svg)).map((c) => `${path || "home"}, ${id}: ${c}`));
    }
  }
  return { drawings: seen.size, found };
}
