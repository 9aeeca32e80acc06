import assert from "node:assert/strict";
import { test } from "node:test";

import type { ReportSummary } from "../../../../src/model/index.ts";
import { summarize } from "../../../../src/site/data/site-index.ts";
import {
  captionKey,
  type LineageItem,
  lineageNeighbours,
  lineagesByTable,
  matchTables,
  seriesLineages,
} from "../../../../src/site/views/lineage.ts";
import { fixtureReport } from "../../../fixtures/site/records.ts";

/** A hand-made table: number and caption; the URL names both so that a test can read it. */
const table = (report: string, number: string, caption: string): LineageItem => ({
  number,
  caption,
  url: `/reports/${report}/tables/${number}/`,
});

const base = summarize(fixtureReport());
const summary = (id: string, year: number): ReportSummary => ({
  ...base,
  id,
  url: `/reports/${id}/`,
  reportYear: year,
});

test("a caption's key drops years, year ranges, 学年/年度 words, empty brackets and spaces", () => {
  assert.equal(captionKey("2022年 招生人数"), "招生人数");
  assert.equal(captionKey("2021-2022学年东城区中等职业学校专业设置情况一览表"), "东城区中等职业学校专业设置情况一览表");
  assert.equal(captionKey("2024 年北京市 2021—2023 年新增专业质量监测"), "北京市新增专业质量监测");
  assert.equal(captionKey("招生人数（2022年度）"), "招生人数");
  // Numbers that are not years (longer runs of digits) stay.
  assert.equal(captionKey("编号120221 专业"), "编号120221专业");
});

test("same caption once the years are renamed: matched, even when the numbers differ (captions win)", () => {
  const a = [table("a", "1-1", "2022年招生人数"), table("a", "1-2", "2022年教师队伍情况")];
  const b = [
    table("b", "1-1", "2023年学生资助情况"),
    table("b", "1-2", "2023年招生人数"),
    table("b", "1-3", "2023年教师队伍情况"),
  ];
  assert.deepEqual(matchTables(a, b), [
    [0, 1],
    [1, 2],
  ]);
});

test("same number and a similar caption match; same number and another caption do not", () => {
  const a = [table("a", "2-1", "东城区中等职业学校近三年招生人数对比表"), table("a", "2-2", "学生发展表")];
  const b = [table("b", "2-1", "东城区中等职业学校近三年招生人数情况表"), table("b", "2-2", "教师发展表")];
  assert.deepEqual(matchTables(a, b), [[0, 0]]);
});

test("two candidates with the same caption: the one with the same number, else the nearest, and each only once", () => {
  const a = [table("a", "3-1", "获奖名单"), table("a", "3-2", "获奖名单")];
  const b = [table("b", "3-2", "获奖名单"), table("b", "3-1", "获奖名单"), table("b", "3-3", "获奖名单")];
  assert.deepEqual(matchTables(a, b), [
    [0, 1],
    [1, 0],
  ]);
  const one = [table("a", "5-1", "获奖名单")];
  const near = [
    table("b", "4-1", "其他"),
    table("b", "4-2", "获奖名单"),
    table("b", "4-3", "其他"),
    table("b", "4-4", "获奖名单"),
  ];
  assert.deepEqual(matchTables(one, near), [[0, 1]]);
});

test("no match: different numbers and captions, or empty captions", () => {
  assert.deepEqual(matchTables([table("a", "1-1", "招生人数")], [table("b", "1-2", "专业设置")]), []);
  assert.deepEqual(matchTables([table("a", "1", "2022年")], [table("b", "2", "2023年")]), []);
  assert.deepEqual(matchTables([], [table("b", "1", "招生人数")]), []);
});

test("matches chain into lineages across a series; a gap breaks the chain; neighbours are read from it", () => {
  const reports = [
    {
      report: summary("x-2022", 2022),
      tables: [table("x-2022", "1-1", "2022年招生人数"), table("x-2022", "2-1", "学生发展表")],
    },
    { report: summary("x-2023", 2023), tables: [table("x-2023", "1-2", "2023年招生人数")] },
    {
      report: summary("x-2024", 2024),
      tables: [table("x-2024", "1-2", "2024年招生人数"), table("x-2024", "2-1", "学生发展表")],
    },
  ];
  const lineages = seriesLineages(reports);
  assert.deepEqual(
    lineages.map((l) => [l.caption, l.tables.map((t) => t.table.url)]),
    [["2024年招生人数", ["/reports/x-2022/tables/1-1/", "/reports/x-2023/tables/1-2/", "/reports/x-2024/tables/1-2/"]]],
  );
  const byTable = lineagesByTable(lineages);
  assert.equal(byTable.has("/reports/x-2022/tables/2-1/"), false, "学生发展表 is missing in 2023: no lineage");
  const middle = lineageNeighbours(byTable.get("/reports/x-2023/tables/1-2/") ?? null, "/reports/x-2023/tables/1-2/");
  assert.equal(middle.previous?.report.id, "x-2022");
  assert.equal(middle.next?.table.number, "1-2");
  assert.deepEqual(lineageNeighbours(null, "/x/"), { previous: null, next: null });
  assert.deepEqual(seriesLineages(reports.slice(0, 1)), [], "a series of one report has no lineage");
});
