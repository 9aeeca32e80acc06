import { type ChildProcess, spawn } from "node:child_process";
import { type FSWatcher, watch } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Log } from "./console.ts";
import { portFromEnv, serve } from "./serve.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const buildScript = fileURLToPath(new URL("../../scripts/build.ts", import.meta.url));

export interface DevOptions {
  readonly contentDir: string;
  readonly outDir: string;
  readonly watchPaths: readonly string[];
  readonly log: Log;
}

/**
 * `npm run dev`: serve `outDir` and rebuild on changes. Each rebuild runs in a
 * fresh child process, so edits to imported .ts modules are picked up (an
 * in-process rebuild would keep the old modules cached). A change during a
 * rebuild queues exactly one more.
 */
export async function dev(options: DevOptions): Promise<void> {
  let running: ChildProcess | null = null;
  let queued = false;
  let timer: NodeJS.Timeout | undefined;
  const rebuild = (): void => {
    if (running) {
      queued = true;
      return;
    }
    const args = ["--import", "tsx", buildScript, "--content", options.contentDir, "--out", options.outDir];
    running = spawn(process.execPath, args, { cwd: root, stdio: "inherit" });
    running.on("exit", (code) => {
      options.log(code === 0 ? "rebuilt; reload the page" : `build failed (exit ${code}); waiting for changes`);
      running = null;
      if (queued) {
        queued = false;
        rebuild();
      }
    });
  };
  const onChange = (): void => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, 200);
  };
  const watchers: FSWatcher[] = options.watchPaths.map((p) => watch(p, { recursive: true }, onChange));
  rebuild();
  const serving = await serve(options.outDir, portFromEnv());
  options.log(`serving ${options.outDir} at ${serving.url}; watching ${options.watchPaths.join(", ")}`);
  process.once("SIGINT", () => {
    for (const w of watchers) w.close();
    running?.kill();
    void serving.close().then(() => process.exit(0));
  });
}
