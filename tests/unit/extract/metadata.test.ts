import assert from "node:assert/strict";
import { test } from "node:test";

import { readMetadata } from "../../../src/extract/metadata.ts";
import { splitLines } from "../../../src/ingest/lines.ts";

test("data year: stated, or 年度 in the title, or the year before an early-year publication", () => {
  const meta = (lines: string[]) =>
    readMetadata(splitLines(lines.join("\n")), lines.length, lines.length, "x").metadata;
  assert.equal(meta(["某区中等职业教育质量年度报告（2023）", "现对 2022年情况报告如下："]).dataYear, 2022);
  assert.equal(meta(["北京市中等职业教育质量年度报告 (2024 年度)", "2025 年 3 月"]).dataYear, 2024);
  assert.equal(meta(["北京高等职业教育质量年度报告 2020", "2021.01"]).dataYear, 2020);
  assert.equal(
    meta(["北京市朝阳区中等职业教育质量年度报告 (2022年)", "北京市朝阳区教育委员会 编制", "二零二一年十一月"]).dataYear,
    2021,
  );
  assert.equal(
    meta(["北京市朝阳区中等职业教育质量年度报告 (2022年)", "北京市朝阳区教育委员会 编制"]).publisher,
    "北京市朝阳区教育委员会",
  );
});

test("no title: the fallback is used and the user is told how to add one", () => {
  const { metadata, findings } = readMetadata(splitLines("一些没有标题的文字。\n\n更多文字。"), 0, 2, "my-report");
  assert.equal(metadata.title, "my-report");
  assert.deepEqual(
    findings.map((f) => f.ruleId),
    ["title-not-found"],
  );
});
