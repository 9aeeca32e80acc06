import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { readRedirects, redirectsFile } from "../../../src/site/redirects.ts";

let tmp: string;

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), "site-redirects-"));
});
after(() => rm(tmp, { recursive: true, force: true }));

test("data/redirects.yaml is valid; a bad entry is named by its place", async () => {
  assert.ok(Array.isArray(await readRedirects(redirectsFile)));
  const bad = join(tmp, "bad.yaml");
  await writeFile(bad, "- from: old/path\n  to: /\n- from: /x/\n");
  await assert.rejects(readRedirects(bad), (e: Error) => {
    assert.match(e.message, /invalid redirects/);
    assert.match(e.message, /\[0\]\[from\] a site path such as \/old\/path\//);
    assert.match(e.message, /\[1\]\[to\]/);
    return true;
  });
});
