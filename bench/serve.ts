import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { createGzip } from "node:zlib";

/**
 * A static host on loopback that serves a built site as a typical static host does: gzip for
 * text when the browser accepts it, and ten minutes of caching. Lighthouse then scores the site,
 * not a bare test server.
 */

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
};

/** A running host: the site's root address, and how to stop it. */
export interface Host {
  root: string;
  close(): Promise<void>;
}

/** Serves `dir` at `http://127.0.0.1:<port>/`. */
export async function host(dir: string): Promise<Host> {
  const server = createServer(async (req, res) => {
    let file = normalize(join(dir, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)));
    if (!file.startsWith(dir + sep) && file !== dir) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      await stat(file);
    } catch {
      return void res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? "")) && !type.startsWith("image/png");
    res.writeHead(200, { "Content-Type": type, "Cache-Control": "max-age=600", Vary: "Accept-Encoding", ...(gzip ? { "Content-Encoding": "gzip" } : {}) });
    const body = createReadStream(file);
    (gzip ? body.pipe(createGzip()) : body).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const root = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { root, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
