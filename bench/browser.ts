import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** The system Chromium: `CHROME_PATH`, else Debian's. */
export const CHROME_PATH = process.env.CHROME_PATH || "/usr/bin/chromium";

/** Flags that let Chromium run headless as root with no network. */
export const CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Starts Chromium, or says why it cannot, so the browser rows are reported as missing rather than failing the run. */
export async function startBrowser(): Promise<Browser | string> {
  if (!existsSync(CHROME_PATH)) return `no Chromium at ${CHROME_PATH} (install it with apt-get install -y chromium, or set CHROME_PATH)`;
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
}
