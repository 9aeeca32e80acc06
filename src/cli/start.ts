import { type BuildOptions, build } from "./build.ts";
import { type Serving, portFromEnv, serve } from "./serve.ts";

/** `npm start`: build the site, then serve it. */
export async function start(contentDir: string, options: BuildOptions & { port?: number }): Promise<Serving> {
  await build(contentDir, options);
  const serving = await serve(options.outDir, options.port ?? portFromEnv());
  options.log?.(`serving ${options.outDir} at ${serving.url}`);
  return serving;
}
