import assert from "node:assert/strict";
import { test } from "node:test";

import { columnStats } from "../../../../src/parse/table/column-stats.ts";
import { isContinuation, mergeContinuation, pieceAction, tailsFit } from "../../../../src/parse/table/continuation.ts";
import type { CellLine, Sink } from "../../../../src/parse/table/draft.ts";

const data = [
  ["11", "北京市昌平区", "农林牧渔大", "园林绿化"],
  ["12", "北京市园林学校", "农林牧渔大类", "园林技术"],
  ["13", "北京国际职业", "医药卫生大类", "婴幼儿托育"],
  ["14", "", "医药卫生大类", "护理"],
  ["15", "", "交通运输大类", "航空服务"],
];
const stats = columnStats(data, 4);
const line = (cells: string[], afterBreak: boolean): CellLine => ({
  index: 0,
  no: 9,
  text: cells.join("\t"),
  cells,
  afterBreak,
});
const sink = (): Sink => ({ number: "1", artefacts: [], findings: [] });

test("pieceAction prefers the joined value printed elsewhere in the column", () => {
  assert.equal(pieceAction("农林牧渔大", "类", 2, "农林牧渔大类", stats), "join");
  assert.equal(pieceAction("医药卫生大类", "类", 2, "医药卫生大类类", stats), "drop");
  assert.equal(pieceAction("北京国际职业", "教育学校", 1, "北京国际职业教育学校", stats), "join");
  assert.equal(pieceAction("53705.57", "8403.16", 3, "53705.578403.16", stats), "overflow");
});

test("isContinuation needs an empty first cell, a subset of the row above and an empty dense column", () => {
  const prev = data[2] ?? [];
  assert.ok(isContinuation(line(["", "教育学校", "类", ""], true), prev, stats));
  assert.ok(!isContinuation(line(["", "教育学校", "类", ""], false), prev, stats), "several tails need a page break");
  assert.ok(!isContinuation(line(["", "", "", "护理"], false), ["14", "", "医药卫生大类", ""], stats));
  assert.ok(!isContinuation(line(["16", "", "类", ""], true), prev, stats));
});

test("mergeContinuation joins tails and records the repeated character as an artefact", () => {
  const row = { cells: [...(data[2] ?? [])], line: 8 };
  const s = sink();
  mergeContinuation(row, line(["", "教育学校", "类", ""], true), stats, [], s);
  assert.deepEqual(row.cells, ["13", "北京国际职业教育学校", "医药卫生大类", "婴幼儿托育"]);
  assert.deepEqual(s.artefacts, [{ kind: "repeated-character", line: 9, text: "类" }]);
  assert.equal(s.findings[0]?.ruleId, "table-cell-joined");
});

test("tailsFit refuses numbers under numbers when a line fills several cells", () => {
  const numbers = columnStats(
    [
      ["6", "课程标准数", "个", "208"],
      ["7", "办学点数量", "个", "7"],
    ],
    4,
  );
  const row = { cells: ["6", "课程标准数", "个", "208"], line: 1 };
  assert.ok(!tailsFit(row, line(["", "技能大赛获奖数量", "项", "91"], true), numbers, []));
});
