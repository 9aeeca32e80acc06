/**
 * A build renders its reports' HTML through the cache it is given (`htmlCache`), not the default one
 * that eleventy.config.ts would choose, and a second build in the same cache writes the same pages.
 */
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { after, test } from "node:test";

import { readInputs } from "../../src/pipeline/inputs.ts";
import { buildRecords } from "../../src/pipeline/records.ts";
import { buildSite } from "../../src/site/build.ts";
import { REPORTS_DIR } from "../helpers/parsed-corpus.ts";

const tmp = await mkdtemp(join(tmpdir(), "site-html-cache-"));
after(() => rm(tmp, { recursive: true, force: true }));

/** Every HTML page of a built site by path, with its text. */
async function pages(root: string): Promise<Map<string, string>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const out = new Map<string, string>();
  for (const e of entries.filter((e) => e.isFile() && e.name.endsWith(".html")).sort()) {
    const path = join(e.parentPath, e.name);
    out.set(relative(root, path), await readFile(path, "utf8"));
  }
  return out;
}

test("a build uses the HTML cache it is given; a warm build writes the same pages", async () => {
  const records = buildRecords(await readInputs(REPORTS_DIR));
  const cache = join(tmp, "cache");
  const build = (name: string, htmlCache: string | null) =>
    buildSite(records, { outDir: join(tmp, name), search: false, htmlCache });
  await build("none", null);
  await build("cold", cache);
  const stored = await readdir(cache);
  assert.equal(stored.length, records.reports.length, "one entry per report, in the given folder");
  await build("warm", cache);
  assert.deepEqual(await readdir(cache), stored, "nothing new");
  const expected = await pages(join(tmp, "none"));
  assert.ok(expected.size > 100, `${expected.size} pages`);
  assert.deepStrictEqual(await pages(join(tmp, "cold")), expected);
  assert.deepStrictEqual(await pages(join(tmp, "warm")), expected);
});
