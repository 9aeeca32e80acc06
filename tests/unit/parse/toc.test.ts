import assert from "node:assert/strict";
import { test } from "node:test";

import { splitLines } from "../../../src/ingest/lines.ts";
import { findToc, splitTocEntry } from "../../../src/parse/toc.ts";

test("entries end in a page number after a tab or dot leaders, in several printed forms", () => {
  assert.deepEqual(splitTocEntry("1. 1 立德树人\t14"), { text: "1. 1 立德树人", page: "14" });
  assert.deepEqual(splitTocEntry("图 1-1-1 学生在比赛现场.....\t15"), { text: "图 1-1-1 学生在比赛现场", page: "15" });
  assert.deepEqual(splitTocEntry("(一) 强化责任担当, 坚守阵地\t- 7 -"), {
    text: "(一) 强化责任担当, 坚守阵地",
    page: "7",
  });
  assert.deepEqual(splitTocEntry("表 2-1\t北京市学校美育科研论文评选\t17 -"), {
    text: "表 2-1 北京市学校美育科研论文评选",
    page: "17",
  });
  assert.equal(splitTocEntry("2024 年，北京市教委深入贯彻党的二十大精神。"), null);
});

test("zones: 目录, 表目录, 图目录, 案例目录 with blank lines inside, ending at the body", () => {
  const text = [
    "封面",
    "目 录",
    "1. 人才培养\t3",
    "",
    "1. 1 立德树人\t4",
    "表目录",
    "表 1-1 名单\t5",
    "案例目录",
    "案例 2- 3\t标题\t8 -",
    "",
    "1. 人才培养",
    "正文。",
  ].join("\n");
  const toc = findToc(splitLines(text));
  assert.deepEqual(toc.zones, [{ start: 1, end: 8 }]);
  assert.deepEqual(
    toc.entries.map((e) => [e.kind, e.line]),
    [
      ["heading", 3],
      ["heading", 5],
      ["table", 7],
      ["case", 9],
    ],
  );
});
