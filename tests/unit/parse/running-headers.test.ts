import assert from "node:assert/strict";
import { test } from "node:test";

import { splitLines } from "../../../src/ingest/lines.ts";
import { parseDocument } from "../../../src/parse/document.ts";

function page(n: number): string[] {
  const prose = Array.from({ length: 12 }, (_, k) => `第${n}页第${k}段，内容完整的一句话。`);
  return ["某区中等职业教育质量年度报告（2024）", "", ...prose.flatMap((p) => [p, ""]), String(n), ""];
}

test("a title printed at the top of every page is a running header, removed and listed", () => {
  const text = [...page(1), ...page(2), ...page(3)].join("\n");
  const doc = parseDocument(splitLines(text));
  const running = doc.artefacts.filter((a) => a.kind === "running-header").map((a) => a.line);
  assert.equal(running.length, 3);
  assert.ok(doc.blocks.every((b) => b.kind !== "paragraph" || !b.text.includes("质量年度报告")));
});

test("labels repeated close together (a table header printed one cell per line) are not running headers", () => {
  const text = ["数量", "", "比例", "", "数量", "", "比例", "", "数量", "", "比例"].join("\n");
  const doc = parseDocument(splitLines(text));
  assert.equal(doc.artefacts.length, 0);
});
