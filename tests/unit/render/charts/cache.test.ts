import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

import type { TopLevelSpec } from "vega-lite";

import { renderAllCached, type SvgRenderer } from "../../../../src/render/charts/cache.ts";
import { renderSvg } from "../../../../src/render/charts/svg.ts";
import { corpusTableSpec } from "./helpers.ts";

function withCache(run: (dir: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), "charts-cache-"));
    try {
      await run(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** Renders on this thread, and remembers each batch it was given. */
function countingRenderer(): { render: SvgRenderer; batches: TopLevelSpec[][] } {
  const batches: TopLevelSpec[][] = [];
  const render: SvgRenderer = async (specs) => {
    batches.push([...specs]);
    return Promise.all(specs.map((s) => renderSvg(s)));
  };
  return { render, batches };
}

test(
  "renderAllCached: a second render is a hit with the same bytes; a changed spec misses",
  withCache(async (dir) => {
    const s = await corpusTableSpec("000", "1-5-2");
    const [miss] = await renderAllCached([s], dir);
    assert.equal(miss?.hit, false);
    const [hit] = await renderAllCached([s], dir);
    assert.equal(hit?.hit, true);
    assert.equal(hit.svg, miss?.svg);
    assert.equal(hit.svg, await renderSvg(s));
    const [changed] = await renderAllCached([{ ...s, title: "表1-5-2 另一个标题" }], dir);
    assert.equal(changed?.hit, false);
    assert.notEqual(changed?.svg, miss?.svg);
    assert.equal(readdirSync(dir).filter((f) => f.endsWith(".svg")).length, 2);
  }),
);

test(
  "renderAllCached: only the misses go to the renderer, each distinct spec once, in one batch; results in spec order",
  withCache(async (dir) => {
    const a = await corpusTableSpec("000", "1-5-2");
    const b = await corpusTableSpec("002", "1");
    await renderAllCached([a], dir);
    const { render, batches } = countingRenderer();
    const results = await renderAllCached([b, a, b], dir, render);
    assert.deepEqual(batches, [[b]]);
    assert.deepEqual(
      results.map((r) => r.hit),
      [false, true, true],
      "a repeat counts as a hit, as one at a time",
    );
    assert.deepEqual(
      results.map((r) => r.svg),
      [await renderSvg(b), await renderSvg(a), await renderSvg(b)],
    );
    await renderAllCached([a, b], dir, render);
    assert.equal(batches.length, 1, "everything cached: the renderer is not called");
  }),
);
