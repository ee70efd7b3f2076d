import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { createGzip } from "node:zlib";

/**
 * A static file server for a built site on loopback, under a sub-path as a real host might put
 * it. The browser tests and the benchmark share it; the benchmark asks it to behave like a
 * typical static host (gzip for text, ten minutes of caching) so Lighthouse scores the site, not
 * a bare test server.
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

/** A running server and the address of the site's root on it. */
export interface Served {
  server: Server;
  origin: string;
  close(): Promise<void>;
}

/** How to serve: `port` 0 picks a free one; `likeAHost` adds gzip and caching headers. */
export interface ServeOptions {
  port?: number;
  likeAHost?: boolean;
}

/** Serves `dir` at `http://127.0.0.1:<port><base>`. */
export async function serve(dir: string, base: string, { port = 0, likeAHost = false }: ServeOptions = {}): Promise<Served> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (!path.startsWith(base)) return void res.writeHead(404).end("Not found");
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(dir + sep) && file !== dir) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      await stat(file);
    } catch {
      return void res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const gzip = likeAHost && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? "")) && type !== "image/png";
    const hostHeaders = likeAHost ? { "Cache-Control": "max-age=600", Vary: "Accept-Encoding", ...(gzip ? { "Content-Encoding": "gzip" } : {}) } : {};
    res.writeHead(200, { "Content-Type": type, ...hostHeaders });
    const body = createReadStream(file);
    (gzip ? body.pipe(createGzip()) : body).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
