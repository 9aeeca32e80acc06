// Every letter, ideograph and digit of every bundled report is in a record or in a listed artefact —
// also when a converter left form feeds, invisible characters and control bytes in it.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { unaccounted } from "../../src/extract/coverage.ts";
import { splitLines } from "../../src/ingest/lines.ts";
import { parseReport } from "../../src/pipeline/records.ts";
import { pdftotextStyle, strayControls } from "../helpers/converters.ts";
import { corpus, REPORTS_DIR } from "../helpers/parsed-corpus.ts";

const { reports } = await corpus();

for (const r of reports) {
  const raw = readFileSync(REPORTS_DIR + r.source.file, "utf8");

  test(`${r.id}: nothing lost`, () => {
    const lines = splitLines(raw);
    assert.deepEqual(unaccounted(r, lines), []);
    assert.equal(r.diagnostics.filter((d) => d.ruleId === "text-unaccounted").length, 0);
    assert.ok(r.body.length > 100, "the body is not empty");
  });

  test(`${r.id}: nothing lost from a pdftotext-style copy with stray control bytes, checked on its raw lines`, () => {
    const prose = new Set(r.body.filter((b) => b.kind === "paragraph").map((b) => b.line));
    const lines = strayControls(pdftotextStyle(raw.replace(/\n$/, "").split("\n"), prose), 31);
    const text = lines.join("\n");
    const variant = parseReport({ file: r.source.file, bytes: new TextEncoder().encode(text), sidecar: null }).report;
    assert.ok(variant, "published");
    assert.deepEqual(unaccounted(variant, splitLines(text)), []);
    const removed = variant.artefacts.filter((a) => a.kind === "control-character" || a.kind === "invisible-character");
    assert.ok(removed.length > 10, "the invisible characters are listed as artefacts");
  });
}
