import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

import { finding } from "../../../src/model/index.ts";
import { type InputFile, readInputs } from "../../../src/pipeline/inputs.ts";
import { buildRecords, buildRecordsCached } from "../../../src/pipeline/records.ts";
import { REPORTS_DIR } from "../../helpers/parsed-corpus.ts";

/** The bundled reports, a copy of one under another name (an id collision to link), and files with no report. */
const bundled = await readInputs(REPORTS_DIR);
const first = bundled[0];
if (!first) throw new Error("no bundled reports");
const inputs: InputFile[] = [
  ...bundled,
  { ...first, file: `copy/${first.file}` },
  { file: "empty.txt", bytes: new Uint8Array(), sidecar: null },
  { file: "zeros.txt", bytes: new Uint8Array(300), sidecar: null },
  {
    file: "outside.txt",
    bytes: new Uint8Array(),
    sidecar: null,
    refused: finding("file-outside-content", undefined, 0),
  },
];
const serial = buildRecords(inputs);

test("records parsed in worker threads equal those parsed one by one, rejected files and diagnostics included", async () => {
  const { records, cached } = await buildRecordsCached(inputs, {
    cacheDir: null,
    pool: { threads: 2, callerRuns: false },
  });
  assert.equal(cached, 0);
  assert.deepStrictEqual(records, serial);
  assert.ok(serial.rejected.length === 3 && serial.diagnostics.some((d) => d.ruleId === "duplicate-report-id"));
});

test("a second build of the same content takes every record from the cache; a corrupt entry is parsed and stored again", async () => {
  const dir = await mkdtemp(join(tmpdir(), "records-"));
  try {
    const cold = await buildRecordsCached(inputs, { cacheDir: dir, pool: { threads: 1 } });
    assert.equal(cold.cached, 0);
    assert.deepStrictEqual(cold.records, serial);
    const entries = (await readdir(dir)).filter((f) => f.endsWith(".json"));
    assert.equal(entries.length, inputs.length);
    const warm = await buildRecordsCached(inputs, { cacheDir: dir, pool: { threads: 1 } });
    assert.equal(warm.cached, inputs.length);
    assert.deepStrictEqual(warm.records, serial, "records and diagnostics identical from the cache");
    const [broken = ""] = entries;
    await writeFile(join(dir, broken), "{");
    const repaired = await buildRecordsCached(inputs, { cacheDir: dir, pool: { threads: 1 } });
    assert.equal(repaired.cached, inputs.length - 1);
    assert.deepStrictEqual(repaired.records, serial);
    assert.ok((await readFile(join(dir, broken), "utf8")).length > 1, "the entry is written again");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
