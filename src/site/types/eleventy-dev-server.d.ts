// @11ty/eleventy-dev-server ships no TypeScript types; this declares the part of its API we use
// (node_modules/@11ty/eleventy-dev-server/server.js).
declare module "@11ty/eleventy-dev-server" {
  import type { IncomingMessage, Server, ServerResponse } from "node:http";

  export interface DevServerLogger {
    info(...args: unknown[]): void;
    log(...args: unknown[]): void;
    error(...args: unknown[]): void;
  }

  export interface DevServerOptions {
    /** Inject the reload client into HTML responses (default true). */
    liveReload?: boolean;
    /** Patch changed HTML into the page instead of reloading it (default true). */
    domDiff?: boolean;
    /** The line printed once listening, or false for none. */
    messageOnStart?: () => string | false;
    logger?: DevServerLogger;
    /** Run before the dev server's own handler, in order; each calls `next()` to pass the request on. */
    middleware?: ((req: IncomingMessage, res: ServerResponse, next: () => void) => void)[];
  }

  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: DevServerOptions): EleventyDevServer;
    /** The HTTP server, created (not yet listening) on first access. */
    readonly server: Server;
    /** Resolves once the server listens. */
    ready(): Promise<void>;
    /** Tells every open page to reload. */
    reload(event?: { files?: string[] }): void;
    close(): Promise<void>;
  }
}
