import assert from "node:assert/strict";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";

import { entitiesOf } from "../../../src/link/entities/from-inputs.ts";
import { entitiesOfCached } from "../../../src/pipeline/entities.ts";
import { type InputFile, readInputs } from "../../../src/pipeline/inputs.ts";
import { buildRecords } from "../../../src/pipeline/records.ts";
import { REPORTS_DIR } from "../../helpers/parsed-corpus.ts";
import { withTempDir } from "../../helpers/temp-dir.ts";

/** The bundled reports and a copy of one under another name: an id collision, so ids change in linking. */
const bundled = await readInputs(REPORTS_DIR);
const first = bundled[0];
if (!first) throw new Error("no bundled reports");
const inputs: InputFile[] = [...bundled, { ...first, file: `copy/${first.file}` }];
const { reports } = buildRecords(inputs);
const serial = entitiesOf(reports, inputs);

test("entities detected in worker threads equal entitiesOf's, renamed reports included", async () => {
  assert.ok(reports.some((r) => r.diagnostics.some((d) => d.ruleId === "duplicate-report-id")));
  const { entities, cached } = await entitiesOfCached(reports, inputs, {
    cacheDir: null,
    pool: { threads: 2, callerRuns: false },
  });
  assert.equal(cached, 0);
  assert.deepStrictEqual(entities, serial);
  assert.equal(JSON.stringify(entities), JSON.stringify(serial), "the same published JSON, key order included");
  assert.ok(serial.schools.length > 0 && serial.indicators.length > 0 && serial.links.length === reports.length);
});

/** A fresh cache folder for one test. */
const withTemp = (run: (dir: string) => Promise<void>) => withTempDir("entities-", run);

test("a second build takes every report's entities from the cache; a corrupt entry is detected and stored again", async () => {
  await withTemp(async (dir) => {
    const options = { cacheDir: dir, pool: { threads: 1 } };
    const cold = await entitiesOfCached(reports, inputs, options);
    assert.equal(cold.cached, 0);
    assert.deepStrictEqual(cold.entities, serial);
    const entries = (await readdir(dir)).filter((f) => f.endsWith(".json"));
    assert.equal(entries.length, reports.length);
    const warm = await entitiesOfCached(reports, inputs, options);
    assert.equal(warm.cached, reports.length);
    assert.equal(JSON.stringify(warm.entities), JSON.stringify(serial), "identical from the cache");
    const [broken = ""] = entries;
    await writeFile(join(dir, broken), "{");
    const repaired = await entitiesOfCached(reports, inputs, options);
    assert.equal(repaired.cached, reports.length - 1);
    assert.deepStrictEqual(repaired.entities, serial);
    assert.ok((await readFile(join(dir, broken), "utf8")).length > 1, "the entry is written again");
  });
});

test("a change to one report's bytes misses only that report", async () => {
  await withTemp(async (dir) => {
    const options = { cacheDir: dir, pool: { threads: 1 } };
    await entitiesOfCached(reports, inputs, options);
    const last = bundled.at(-1);
    assert.ok(last);
    const edited = inputs.map((i) => (i === last ? { ...i, bytes: new Uint8Array([...i.bytes, 0x0a]) } : i));
    const records = buildRecords(edited);
    const { entities, cached } = await entitiesOfCached(records.reports, edited, options);
    assert.equal(cached, reports.length - 1);
    assert.deepStrictEqual(entities, entitiesOf(records.reports, edited));
  });
});
