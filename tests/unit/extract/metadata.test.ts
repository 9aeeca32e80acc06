import assert from "node:assert/strict";
import { test } from "node:test";

import { parseDateLine, yearInTitle } from "../../../src/extract/dates.ts";
import { readMetadata } from "../../../src/extract/metadata.ts";
import { readTitle } from "../../../src/extract/region.ts";
import { splitLines } from "../../../src/ingest/lines.ts";

test("dates printed in every form the reports use", () => {
  assert.equal(parseDateLine("2025 年 3 月"), "2025-03");
  assert.equal(parseDateLine("二零二一年十一月"), "2021-11");
  assert.equal(parseDateLine("2021.01"), "2021-01");
  assert.equal(parseDateLine("   2022年12月23日 "), "2022-12");
  assert.equal(parseDateLine("2022年，东城区共招生253人"), null);
});

test("the year in a title", () => {
  assert.equal(yearInTitle("北京市中等职业教育质量年度报告 (2024 年度)"), 2024);
  assert.equal(yearInTitle("东城区中等职业教育质量年度报告（2023）"), 2023);
  assert.equal(yearInTitle("某区职业教育质量年度报告（二〇二三年）"), 2023);
  assert.equal(yearInTitle("职业教育质量年度报告"), null);
});

test("region and levels from the title", () => {
  assert.deepEqual(readTitle("北京市朝阳区中等职业教育质量年度报告 (2022年)"), {
    region: "朝阳区",
    regionLevel: "district",
    schoolLevel: "secondary",
  });
  assert.deepEqual(readTitle("北京高等职业教育质量年度报告 2020"), {
    region: "北京市",
    regionLevel: "municipality",
    schoolLevel: "higher",
  });
  assert.deepEqual(readTitle("东城区中等职业教育质量年度报告（2023）"), {
    region: "东城区",
    regionLevel: "district",
    schoolLevel: "secondary",
  });
  assert.deepEqual(readTitle("浙江省中等职业教育质量年度报告（2023）"), {
    region: "浙江省",
    regionLevel: "province",
    schoolLevel: "secondary",
  });
  assert.deepEqual(readTitle("杭州市高职教育质量年度报告（2023）"), {
    region: "杭州市",
    regionLevel: "city",
    schoolLevel: "higher",
  });
});

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
