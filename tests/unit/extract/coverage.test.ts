import assert from "node:assert/strict";
import { test } from "node:test";

import { unaccounted } from "../../../src/extract/coverage.ts";
import { splitLines } from "../../../src/ingest/lines.ts";
import { parseReport } from "../../../src/pipeline/records.ts";

const text = [
  "某区中等职业教育质量年度报告（2023）",
  "",
  "1.基本情况",
  "",
  "全区共有学校4所，在校生756人。",
  "",
  "12",
  "",
].join("\n");

function parsed() {
  const out = parseReport({ file: "t.txt", bytes: new TextEncoder().encode(text), sidecar: null });
  assert.ok(out.report);
  return out.report;
}

test("a faithfully parsed text loses nothing", () => {
  assert.deepEqual(unaccounted(parsed(), splitLines(text)), []);
});

test("text dropped from a paragraph is found, at the paragraph's line", () => {
  const report = parsed();
  const body = report.body.map((b) => (b.line === 5 ? { ...b, text: "全区共有学校4所。" } : b));
  assert.deepEqual(unaccounted({ ...report, body }, splitLines(text)), [{ line: 5, missing: "在校生756人" }]);
});

test("a removed artefact accounts for its line; forgetting it is caught", () => {
  const report = parsed();
  assert.ok(report.artefacts.some((a) => a.line === 7 && a.kind === "page-number"));
  const artefacts = report.artefacts.filter((a) => a.line !== 7);
  assert.deepEqual(unaccounted({ ...report, artefacts }, splitLines(text)), [{ line: 7, missing: "12" }]);
});
