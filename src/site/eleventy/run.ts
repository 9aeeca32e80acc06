import { fileURLToPath } from "node:url";

import { Eleventy } from "@11ty/eleventy";

import { templatesDir } from "./config.ts";

const configPath = fileURLToPath(new URL("../../../eleventy.config.ts", import.meta.url));

/**
 * Renders the pages into `outDir` with Eleventy. The data files must already
 * be in `<outDir>/data/`. The process must have tsx loaded (the config is .ts).
 */
export async function runEleventy(outDir: string): Promise<void> {
  const eleventy = new Eleventy(templatesDir, outDir, { configPath, quietMode: true });
  // Our build prints its own summary; Eleventy's would make test output noisy.
  eleventy.disableLogger();
  await eleventy.write();
}
