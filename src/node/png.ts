import { createRequire } from "node:module";
import { renderAsync, Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";

/**
 * SVG to PNG at build time, for the preview pictures shared links show. The font is loaded from
 * a package (Arimo: the metrics of Arial and Liberation Sans, which chart layout measures by), not
 * from the system, so a picture comes out the same on every machine.
 */

const require = createRequire(import.meta.url);
const FONT_FILES = [
  require.resolve("@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf"),
  require.resolve("@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf"),
];

const OPTIONS: ResvgRenderOptions = {
  font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "Arimo", sansSerifFamily: "Arimo" },
  shapeRendering: 2,
  textRendering: 1,
};

/** Renders an SVG document to PNG bytes at its own width. */
export function svgToPng(svg: string): Buffer {
  return new Resvg(svg, OPTIONS).render().asPng();
}

/** The same off the main thread, so pictures are drawn while pages are written. */
export async function svgToPngAsync(svg: string): Promise<Buffer> {
  return (await renderAsync(svg, OPTIONS)).asPng();
}
