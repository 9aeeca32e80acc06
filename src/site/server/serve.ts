/**
 * Serves a built site with Eleventy's dev server (@11ty/eleventy-dev-server): files as they are,
 * `index.html` for folders, a redirect to add a missing `/`, and dist/404.html with status 404.
 * With `liveReload`, pages get Eleventy's reload client and `reload()` refreshes every open page.
 */
import type { AddressInfo } from "node:net";
import { resolve, sep } from "node:path";

import EleventyDevServer from "@11ty/eleventy-dev-server";

import type { Log } from "../build.ts";

export interface ServeOptions {
  /** The port on 127.0.0.1; 0 picks a free one. */
  readonly port: number;
  /** Inject the reload client into pages (npm run dev); default false: pages are served as built. */
  readonly liveReload?: boolean;
  /** Where the server's own messages go (a missing file, an error); default: nowhere. */
  readonly log?: Log;
}

export interface Serving {
  readonly url: string;
  /** Refreshes every open page (with `liveReload`). */
  reload(): void;
  close(): Promise<void>;
}

const HOST = "127.0.0.1";

/**
 * Whether a request path, decoded, names a file inside `root`: valid escapes, no NUL or backslash, no
 * `..` that leaves it. The dev server throws on the others instead of answering (an unhandled
 * rejection that stops the process), so they are refused before it sees them.
 */
export function insideRoot(root: string, url: string): boolean {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, "http://localhost").pathname);
  } catch {
    return false;
  }
  if (path.includes("\0") || path.includes("\\")) return false;
  const base = resolve(root);
  const target = resolve(base, `.${path}`);
  return target === base || target.startsWith(base + sep);
}

/** Serves `root` on 127.0.0.1 and resolves once listening; rejects when the port is taken. */
export async function serve(root: string, options: ServeOptions): Promise<Serving> {
  const log = options.log ?? (() => undefined);
  const say = (...args: unknown[]) => log(args.map(String).join(" "));
  const server = EleventyDevServer.getServer("zhijiao-nianbao", root, {
    liveReload: options.liveReload ?? false,
    // Whole-page reloads: a rebuild replaces every page, so there is nothing to patch.
    domDiff: false,
    messageOnStart: () => false,
    logger: { info: say, log: say, error: say },
    middleware: [
      (req, res, next) => {
        if (insideRoot(root, req.url ?? "/")) return next();
        res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("400 Bad Request\n");
      },
    ],
  });
  const http = server.server;
  // The dev server's own serve(port) listens on every interface and moves to the next port when one
  // is taken; we listen on the loopback only, and a taken port is an error the caller sees.
  http.removeAllListeners("error");
  await new Promise<void>((listening, fail) => {
    http.once("error", fail);
    http.listen({ port: options.port, host: HOST }, () => {
      http.off("error", fail);
      http.on("error", (error) => say(`server error: ${error.message}`));
      listening();
    });
  });
  await server.ready();
  const { port } = http.address() as AddressInfo;
  return { url: `http://${HOST}:${port}/`, reload: () => server.reload(), close: () => server.close() };
}
