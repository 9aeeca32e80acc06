import assert from "node:assert/strict";
import { test } from "node:test";

import { configureEleventy, type EleventyUserConfig } from "../../../../src/site/eleventy/config.ts";
import { type SitePart, WHOLE_SITE } from "../../../../src/site/part.ts";

/** A user config that records the global data it is given. */
function recordingConfig(): { config: EleventyUserConfig; data: Map<string, () => unknown> } {
  const data = new Map<string, () => unknown>();
  const config: EleventyUserConfig = {
    directories: { input: "templates", output: "dist" },
    addExtension: () => undefined,
    addTemplateFormats: () => undefined,
    addPassthroughCopy: () => undefined,
    addGlobalData: (name, value) => data.set(name, value),
  };
  return { config, data };
}

test("the global data `part` is the run's part, the whole site by default", () => {
  const plain = recordingConfig();
  configureEleventy(plain.config);
  assert.deepEqual(plain.data.get("part")?.(), WHOLE_SITE);
  const shard: SitePart = { kind: "shard", index: 1, count: 2 };
  const run = recordingConfig();
  configureEleventy(run.config, { part: shard, htmlCache: null });
  assert.deepEqual(run.data.get("part")?.(), shard);
  assert.equal(typeof run.data.get("site"), "function");
});
