import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

import { renderCached } from "../../../../src/render/charts/cache.ts";
import { renderSvg } from "../../../../src/render/charts/svg.ts";
import { corpusTableSpec } from "./helpers.ts";

test("renderCached: a second render is a hit with the same bytes; a changed spec misses", async () => {
  const dir = mkdtempSync(join(tmpdir(), "charts-cache-"));
  try {
    const s = await corpusTableSpec("000", "1-5-2");
    const miss = await renderCached(s, dir);
    assert.equal(miss.hit, false);
    const hit = await renderCached(s, dir);
    assert.equal(hit.hit, true);
    assert.equal(hit.svg, miss.svg);
    assert.equal(hit.svg, await renderSvg(s));
    const changed = await renderCached({ ...s, title: "表1-5-2 另一个标题" }, dir);
    assert.equal(changed.hit, false);
    assert.notEqual(changed.svg, miss.svg);
    assert.equal(readdirSync(dir).filter((f) => f.endsWith(".svg")).length, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
