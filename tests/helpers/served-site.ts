/**
 * One built, served site and a Chromium for a browser test file: built into a temporary folder before
 * the file's tests, closed and removed after. Nothing happens when the browser tests are skipped.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before } from "node:test";

import type { Browser } from "playwright-core";

import type { Records } from "../../src/pipeline/records.ts";
import { type BuildOptions, buildSite } from "../../src/site/build.ts";
import { serve, type Serving } from "../../src/site/server/serve.ts";
import { browserSkip, launchChromium } from "./browser.ts";

/** Filled in by the `before` hook: the built site's folder, its server and the browser. */
export interface ServedSite {
  dir: string;
  site: Serving;
  browser: Browser;
}

/**
 * Registers the hooks that build `records()` (named by `prefix` in the temp folder, with `options`), serve
 * it and launch Chromium.
 */
export function servedSite(
  prefix: string,
  records: () => Records | Promise<Records>,
  options: Omit<BuildOptions, "outDir"> = {},
): ServedSite {
  const env = {} as ServedSite;
  let tmp = "";
  before(async () => {
    if (browserSkip()) return;
    tmp = await mkdtemp(join(tmpdir(), prefix));
    env.dir = join(tmp, "dist");
    await buildSite(await records(), { ...options, outDir: env.dir });
    env.site = await serve(env.dir, { port: 0 });
    env.browser = await launchChromium();
  });
  after(async () => {
    if (browserSkip()) return;
    await env.browser.close();
    await env.site.close();
    await rm(tmp, { recursive: true, force: true });
  });
  return env;
}
