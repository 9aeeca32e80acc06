import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";

/** Content types of everything the site ships (Pagefind needs wasm and JS served correctly). */
export const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".pagefind": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
};

/** The content type for a file name; unknown extensions are sent as bytes. */
export function contentType(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? "application/octet-stream";
}

/**
 * Maps a request path to a file under `root`, or null when it is malformed or
 * would leave `root` (`..`, encoded slashes, NUL). The query string is ignored.
 */
export function resolvePath(root: string, url: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, "http://localhost").pathname);
  } catch {
    return null;
  }
  if (path.includes("\0") || path.includes("\\")) return null;
  const base = resolve(root);
  const target = resolve(base, `.${path}`);
  return target === base || target.startsWith(base + sep) ? target : null;
}

async function fileAt(path: string): Promise<{ path: string; size: number } | "directory" | null> {
  const info = await stat(path).catch(() => null);
  if (!info) return null;
  if (info.isDirectory()) return "directory";
  return info.isFile() ? { path, size: info.size } : null;
}

function send(res: ServerResponse, req: IncomingMessage, status: number, file: { path: string; size: number }): void {
  res.writeHead(status, { "content-type": contentType(file.path), "content-length": file.size });
  if (req.method === "HEAD") res.end();
  else createReadStream(file.path).pipe(res);
}

async function notFound(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const page = await fileAt(join(root, "404.html"));
  if (page && page !== "directory") return send(res, req, 404, page);
  res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("404 找不到该页面\n");
}

/** Handles one request: files as they are, `index.html` for folders, a redirect to add a missing `/`. */
export async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD" }).end();
    return;
  }
  const target = resolvePath(root, req.url ?? "/");
  if (!target) {
    res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("400 Bad Request\n");
    return;
  }
  const found = await fileAt(target);
  if (found === "directory") {
    const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
    if (!pathname.endsWith("/")) {
      res.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    const index = await fileAt(join(target, "index.html"));
    if (index && index !== "directory") return send(res, req, 200, index);
  } else if (found) {
    return send(res, req, 200, found);
  }
  return notFound(root, req, res);
}

export interface Serving {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1:`port` (0 picks a free port); resolves once listening. */
export function serve(root: string, port: number): Promise<Serving> {
  const server = createServer((req, res) => {
    handle(root, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      const { port: actual } = server.address() as AddressInfo;
      done({
        url: `http://127.0.0.1:${actual}/`,
        server,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}

/** The port from the PORT environment variable, or 8080. */
export function portFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const port = Number(env["PORT"] ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0–65535, got ${env["PORT"]}`);
  return port;
}
