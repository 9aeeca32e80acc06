import { fileURLToPath } from "node:url";

import { Eleventy } from "@11ty/eleventy";

import { type SitePart, WHOLE_SITE } from "../part.ts";
import { type EleventyUserConfig, templatesDir } from "./config.ts";

const configPath = fileURLToPath(new URL("../../../eleventy.config.ts", import.meta.url));

/**
 * Renders the pages of `part` into `outDir` with Eleventy. The data files must already
 * be in `<outDir>/data/`. The process must have tsx loaded (the config is .ts).
 */
export async function runEleventy(outDir: string, part: SitePart = WHOLE_SITE): Promise<void> {
  const config = (c: Pick<EleventyUserConfig, "addGlobalData">) => c.addGlobalData("part", () => part);
  const eleventy = new Eleventy(templatesDir, outDir, { configPath, quietMode: true, config });
  // Our build prints its own summary; Eleventy's would make test output noisy.
  eleventy.disableLogger();
  await eleventy.write();
}
