import assert from "node:assert/strict";
import { test } from "node:test";

import { extractReport } from "../../../src/extract/report.ts";
import { decode } from "../../../src/ingest/decode.ts";
import { splitLines } from "../../../src/ingest/lines.ts";

const text = "示例区中等职业教育质量年度报告（2024年度）\n示例区教育委员会\n一、基本情况\n全区共有中等职业学校3所。\n";

function extract(sidecar: string | null) {
  const decoded = decode(new TextEncoder().encode(text));
  const lines = splitLines(decoded.text ?? "");
  return extractReport({ file: "a.txt", decoded, lines, sidecar });
}

test("a sidecar's sourceUrl reaches the record; without one it is null", () => {
  const given = extract("sourceUrl: https://example.org/report.pdf\n");
  assert.equal(given.sidecarError, null);
  assert.equal(given.report.sourceUrl, "https://example.org/report.pdf");
  assert.equal(extract(null).report.sourceUrl, null);
});
