// Every letter, ideograph and digit of every bundled report is in a record or in a listed artefact.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { unaccounted } from "../../src/extract/coverage.ts";
import { splitLines } from "../../src/ingest/lines.ts";
import { corpus, REPORTS_DIR } from "../helpers/parsed-corpus.ts";

const { reports } = await corpus();

for (const r of reports) {
  test(`${r.id}: nothing lost`, () => {
    const lines = splitLines(readFileSync(REPORTS_DIR + r.source.file, "utf8"));
    assert.deepEqual(unaccounted(r, lines), []);
    assert.equal(r.diagnostics.filter((d) => d.ruleId === "text-unaccounted").length, 0);
    assert.ok(r.body.length > 100, "the body is not empty");
  });
}
