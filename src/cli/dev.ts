import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, type FSWatcher, watch } from "node:fs";
import { fileURLToPath } from "node:url";

import type { Log } from "../site/build.ts";
import { serve, type Serving } from "../site/server/serve.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const buildScript = fileURLToPath(new URL("../../scripts/build.ts", import.meta.url));

/** What the site is made of besides the reports: a change under any of these rebuilds it. */
export const WATCHED = ["content", "data", "src", "templates", "eleventy.config.ts"] as const;

/** Changes closer together than this are one rebuild (an editor's save is several events). */
const SETTLE_MS = 200;

export interface DevOptions {
  readonly contentDir: string;
  readonly outDir: string;
  /** The port on 127.0.0.1; 0 picks a free one. */
  readonly port: number;
  readonly log: Log;
  /** What to watch (relative to the working folder); default `contentDir` and `WATCHED`. */
  readonly watchPaths?: readonly string[];
}

/**
 * Wraps `task` so that a call while it runs queues exactly one more run, however many calls come:
 * the last change is always built, and never twice at once.
 */
export function serialized(task: () => Promise<void>): () => void {
  let running = false;
  let queued = false;
  const run = (): void => {
    if (running) {
      queued = true;
      return;
    }
    running = true;
    void task().finally(() => {
      running = false;
      if (queued) {
        queued = false;
        run();
      }
    });
  };
  return run;
}

/**
 * `npm run dev`: serves `outDir` with live reload, builds, and rebuilds on every change to the
 * watched paths; open pages reload after each successful build. Each build runs in a fresh child
 * process, so edits to imported .ts modules are picked up (an in-process rebuild would keep the old
 * modules cached).
 */
export async function dev(options: DevOptions): Promise<Serving> {
  const serving = await serve(options.outDir, { port: options.port, liveReload: true, log: options.log });
  let child: ChildProcess | null = null;
  const rebuild = serialized(
    () =>
      new Promise<void>((done) => {
        const args = ["--import", "tsx", buildScript, "--content", options.contentDir, "--out", options.outDir];
        child = spawn(process.execPath, args, { cwd: root, stdio: "inherit" });
        child.on("exit", (code) => {
          child = null;
          if (code === 0) serving.reload();
          options.log(code === 0 ? "rebuilt; pages reload" : `build failed (exit ${code}); waiting for changes`);
          done();
        });
      }),
  );
  let timer: NodeJS.Timeout | undefined;
  const onChange = (): void => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, SETTLE_MS);
  };
  const paths = (options.watchPaths ?? [options.contentDir, ...WATCHED]).filter((p) => existsSync(p));
  const watchers: FSWatcher[] = paths.map((p) => watch(p, { recursive: true }, onChange));
  rebuild();
  options.log(`serving ${options.outDir} at ${serving.url} (live reload); watching ${paths.join(", ")}`);
  process.once("SIGINT", () => {
    for (const w of watchers) w.close();
    (child as ChildProcess | null)?.kill();
    void serving.close().then(() => process.exit(0));
  });
  return serving;
}
