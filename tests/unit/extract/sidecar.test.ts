import assert from "node:assert/strict";
import { test } from "node:test";

import { readSidecar } from "../../../src/extract/sidecar.ts";
import { parseReport } from "../../../src/pipeline/records.ts";

test("a sidecar overrides metadata read from the text", () => {
  const bytes = new TextEncoder().encode("北京市中等职业教育质量年度报告 (2024 年度)\n\n1. 人才培养\n\n正文。\n");
  const sidecar = "id: beijing-zz-2024-draft\npublisher: 北京市教育委员会职成处\ndataYear: 2023\n";
  const out = parseReport({ file: "a.txt", bytes, sidecar });
  assert.equal(out.report?.id, "beijing-zz-2024-draft");
  assert.equal(out.report?.publisher, "北京市教育委员会职成处");
  assert.equal(out.report?.dataYear, 2023);
  assert.equal(out.report?.reportYear, 2024, "fields it does not set are still read from the text");
});

test("an invalid sidecar is reported field by field and ignored", () => {
  const r = readSidecar("reportYear: twenty\nid: Not Ascii\nfoo: 1\n");
  assert.deepEqual(r.sidecar, {});
  assert.match(r.error ?? "", /reportYear/);
  assert.match(r.error ?? "", /id: an id is lower-case/);
  assert.match(r.error ?? "", /foo|unrecognized/i);
  const out = parseReport({
    file: "a.txt",
    bytes: new TextEncoder().encode("某区中等职业教育质量年度报告（2023）\n"),
    sidecar: "reportYear: [",
  });
  assert.ok(out.report, "the report still builds");
  assert.ok(out.diagnostics.some((d) => d.ruleId === "sidecar-invalid" && d.file === "a.meta.yaml"));
});
