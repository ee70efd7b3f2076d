/**
 * A published number written back as text without changing its value: the shortest decimal that
 * reads back to the same double, never in E-notation (`8.4430000000000005E-2` → `0.08443`).
 */

/** The shortest plain decimal text for a number text as published; throws on anything that is not a finite number. */
export function plainNumberText(published: string): string {
  const text = published.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) throw new Error(`"${published}" is not a number`);
  const value = Number(text);
  if (!Number.isFinite(value)) throw new Error(`"${published}" is not a finite number`);
  if (Object.is(value, -0)) return "0";
  return expand(String(value));
}

/** `1.5e-7` → `0.00000015`; `1e+21` → `1000000000000000000000`; other texts unchanged. */
function expand(shortest: string): string {
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (!m) return shortest;
  const [, sign, lead, rest = "", exp] = m;
  const digits = lead! + rest;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
