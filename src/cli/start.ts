import type { BuildOptions } from "../site/build.ts";
import { serve, type Serving } from "../site/server/serve.ts";
import { build } from "./build.ts";

/** `npm start`: builds the site once, then serves it on 127.0.0.1:`port` (0 picks a free port). */
export async function start(contentDir: string, options: BuildOptions & { readonly port: number }): Promise<Serving> {
  await build(contentDir, options);
  const serving = await serve(options.outDir, { port: options.port, ...(options.log ? { log: options.log } : {}) });
  options.log?.(`serving ${options.outDir} at ${serving.url}`);
  return serving;
}
