import type { ChartSize } from "../stats/view-types.ts";

/** The size charts are drawn at in the static page, before the browser knows its width. */
export const DEFAULT_SIZE: ChartSize = { width: 640, height: 360 };

/** The size for the narrowest screens the site supports. */
export const NARROW_SIZE: ChartSize = { width: 320, height: 300 };
