import assert from "node:assert/strict";
import { test } from "node:test";

import type { Table } from "../../../../src/model/index.ts";
import { tableContent } from "../../../../src/parse/table/content.ts";
import { tableCsv, tableDownloadUrls, tableLongCsv } from "../../../../src/site/data/table-files.ts";

/** A table record built the way the pipeline builds it (tableContent over parsed cells). */
function record(columns: string[], printed: string[][], caption = "测试表"): Table {
  const parsed = {
    header: [columns],
    columns,
    rows: printed,
    rowLines: printed.map((_r, i) => 11 + i),
    note: null,
    bodyLines: [10, 10 + printed.length] as [number, number],
    claimed: [],
    artefacts: [],
    findings: [],
    end: 0,
  };
  const content = tableContent(parsed, "1-1", caption);
  return {
    id: "tbl-1-1",
    number: "1-1",
    caption,
    line: 9,
    hasBody: true,
    bodyLines: parsed.bodyLines,
    header: [columns],
    columns,
    rows: content.rows,
    printed,
    merges: content.merges,
    values: content.values,
    rowLines: parsed.rowLines,
    note: null,
    sectionId: null,
    url: "/reports/test-report/tables/1-1/",
  };
}

const lines = (csv: string | null) =>
  (csv ?? "")
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");

test("the CSV fills merged cells and writes plain numbers, the shared unit in the header", () => {
  const t = record(
    ["学校名称", "专业", "经费", "比例", "生师比", "学制"],
    [
      ["甲学校", "会计", "4,837.51", "92．1%", "8.1:1", "3/4"],
      ["", "金融", "3036.20", "88%", "9:1", "3"],
      ["乙学校", "护理", "100", "90%", "7:1", "3"],
    ],
  );
  assert.deepEqual(lines(tableCsv(t)), [
    "学校名称,专业,经费,比例（%）,生师比,学制",
    "甲学校,会计,4837.51,92.1,8.1:1,3/4",
    "甲学校,金融,3036.20,88,9:1,3",
    "乙学校,护理,100,90,7:1,3",
  ]);
});

test("the long CSV has one line per number with its row label, column, unit, cell and source line", () => {
  const t = record(
    ["序号", "指标", "单位", "2019 年", "2020 年"],
    [
      ["1", "技术服务到款额", "万元", "3493.71", "4521.63"],
      ["2", "教职员工额定编制数", "人", "9917", "9009⁶"],
    ],
  );
  assert.deepEqual(lines(tableLongCsv(t)), [
    "行标签,列,数值,单位,原文,行号",
    "技术服务到款额,2019 年,3493.71,万元,3493.71,11",
    "技术服务到款额,2020 年,4521.63,万元,4521.63,11",
    "教职员工额定编制数,2019 年,9917,人,9917,12",
    "教职员工额定编制数,2020 年,9009,人,9009⁶,12",
  ]);
});

test("a table's downloads sit beside its page: .csv, .long.csv and .json", () => {
  assert.deepEqual(tableDownloadUrls(record(["a", "b"], [["x", "1"]])), {
    csv: "/reports/test-report/tables/1-1.csv",
    long: "/reports/test-report/tables/1-1.long.csv",
    json: "/reports/test-report/tables/1-1.json",
  });
});
