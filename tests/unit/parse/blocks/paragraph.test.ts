import assert from "node:assert/strict";
import { test } from "node:test";

import { splitLines } from "../../../../src/ingest/lines.ts";
import { parseDocument } from "../../../../src/parse/document.ts";

function paragraphs(text: string) {
  const doc = parseDocument(splitLines(text));
  return {
    paragraphs: doc.blocks.flatMap((b) => (b.kind === "paragraph" ? [[b.lines[0], b.text]] : [])),
    artefacts: doc.artefacts.map((a) => [a.kind, a.line]),
  };
}

test("a sentence cut by a page break is re-joined; a finished one is not", () => {
  const { paragraphs: p } = paragraphs(
    [
      "有21所学校新增54个专业，首先重点布局了战略新兴产业专业，契合数字经济标杆城市建设需",
      "",
      "求。新增工业机器人技术应用。",
      "",
      "第二段。",
    ].join("\n"),
  );
  assert.deepEqual(p, [
    [
      1,
      "有21所学校新增54个专业，首先重点布局了战略新兴产业专业，契合数字经济标杆城市建设需求。新增工业机器人技术应用。",
    ],
    [5, "第二段。"],
  ]);
});

test("a stray page number between the halves is removed and listed", () => {
  const r = paragraphs(
    ["该团队通过研读比赛要求和评分标准，学习优秀参赛作品，获得全市比赛一等奖的", "", "4", "", "好成绩。"].join("\n"),
  );
  assert.deepEqual(r.paragraphs, [
    [1, "该团队通过研读比赛要求和评分标准，学习优秀参赛作品，获得全市比赛一等奖的好成绩。"],
  ]);
  assert.deepEqual(r.artefacts, [["page-number", 3]]);
});

test("a number left alone by a wrap stays in the sentence when a measure word follows", () => {
  const r = paragraphs(
    [
      "北京市各中等职业学校紧密对接人才市场需求和产业发展实际，优化专业设置，有21所学校新增",
      "",
      "54",
      "",
      "个专业。",
    ].join("\n"),
  );
  assert.deepEqual(r.paragraphs, [
    [1, "北京市各中等职业学校紧密对接人才市场需求和产业发展实际，优化专业设置，有21所学校新增54个专业。"],
  ]);
  assert.deepEqual(r.artefacts, []);
});

test("short label lines on a cover are not glued together", () => {
  const { paragraphs: p } = paragraphs(
    ["北京市中等职业教育质量年度报告 (2024 年度)", "", "北京市教育委员会", "", "2025 年 3 月"].join("\n"),
  );
  assert.equal(p.length, 3);
});

test("HTML in the text stays text", () => {
  const { paragraphs: p } = paragraphs("<script>alert(1)</script>");
  assert.deepEqual(p, [[1, "<script>alert(1)</script>"]]);
});
