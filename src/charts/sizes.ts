import type { ChartSize } from "../stats/view-types.ts";

/** The size charts are drawn at for downloads and wide boxes; the widest of the page's drawings. */
export const DEFAULT_SIZE: ChartSize = { width: 640, height: 360 };

/**
 * The drawings each chart carries in the page, narrowest first. The stylesheet shows the one
 * nearest its box's width (`.chart-size` in `style.css`), so text stays between about 11 and
 * 16 px from a 320 px phone to a desktop column, with no script and no redraw.
 */
export const PAGE_SIZES: readonly ChartSize[] = [{ width: 340, height: 300 }, { width: 500, height: 300 }, DEFAULT_SIZE];
