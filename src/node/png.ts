import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";

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

/** Renders an SVG document to PNG bytes at its own width. */
export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "Arimo", sansSerifFamily: "Arimo" },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}
