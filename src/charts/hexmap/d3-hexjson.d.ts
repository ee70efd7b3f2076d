/** Types for d3-hexjson 1.1.1, which ships none: only the function the hex map uses. */
declare module "d3-hexjson" {
  /** A hex as HexJSON gives it: column `q`, row `r`, and any other fields. */
  export interface HexJSONHex {
    q: number;
    r: number;
    [field: string]: unknown;
  }

  /** A HexJSON map. */
  export interface HexJSON {
    layout: "odd-r" | "even-r" | "odd-q" | "even-q";
    hexes: Record<string, HexJSONHex>;
  }

  /** A hex placed for a drawing of the given size; `points` is its outline around (x, y). */
  export interface RenderedHex extends HexJSONHex {
    key: string;
    x: number;
    y: number;
    points: string;
    vertices: { x: number; y: number }[];
  }

  /** Places every hex (adding fields to the objects passed in) at the largest size that fits. */
  export function renderHexJSON(hexjson: HexJSON, width: number, height: number): RenderedHex[];
}
