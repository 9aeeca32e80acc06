import assert from "node:assert/strict";
import { test } from "node:test";

import { splitLines } from "../../../src/ingest/lines.ts";
import { parseDocument } from "../../../src/parse/document.ts";

function headings(text: string) {
  return parseDocument(splitLines(text)).blocks.flatMap((b) =>
    b.kind === "heading" ? [`${b.line}:${b.level}:${b.candidate?.number ?? "-"} ${b.title}`] : [],
  );
}

test("without a TOC, numbering must continue the sequence", () => {
  const text = [
    "1. 基本情况",
    "正文。",
    "1.1 规模",
    "正文。",
    "3.5 不是标题而是列表项",
    "1.2 结构",
    "2. 学生发展",
    "2.1 素质",
  ].join("\n\n");
  assert.deepEqual(headings(text), [
    "1:1:1 基本情况",
    "5:2:1.1 规模",
    "11:2:1.2 结构",
    "13:1:2 学生发展",
    "15:2:2.1 素质",
  ]);
});

test("a TOC decides its levels; deeper levels it omits follow the sequence; the preface list is not a heading", () => {
  const text = [
    "前 言",
    "1. 亮点一",
    "2. 亮点二",
    "目 录",
    "1. 人才培养\t3",
    "1. 1 立德树人\t4",
    "2. 服务贡献\t9",
    "1. 人才培养",
    "1.1 立德树人",
    "1.1.1 落实根本任务",
    "1.1.2 强化引领",
    "2. 服务贡献",
  ].join("\n");
  assert.deepEqual(headings(text), [
    "8:1:1 人才培养",
    "9:2:1.1 立德树人",
    "10:3:1.1.1 落实根本任务",
    "11:3:1.1.2 强化引领",
    "12:1:2 服务贡献",
  ]);
});

test("Chinese numbering: 一、 > （一） > 1. > （1）, and （一） restarts under each chapter", () => {
  const text = ["一、概况", "（一）规模", "1. 学校", "（1）公办学校", "（二）资源", "二、发展", "（一）立德树人"].join(
    "\n\n",
  );
  assert.deepEqual(headings(text), [
    "1:1:一 概况",
    "3:2:（一） 规模",
    "5:3:1 学校",
    "7:4:（1） 公办学校",
    "9:2:（二） 资源",
    "11:1:二 发展",
    "13:2:（一） 立德树人",
  ]);
});

test("run-in numbered paragraphs (ending in a comma, or cut at the wrap width) are not headings", () => {
  const full = "东城区积极推动职业教育高质量发展以学历教育和职业体验中心建设双轮驱动推进"; // 36 CJK = 72 columns
  const filler = Array.from({ length: 12 }, () => full);
  const cut = "1.3.1东城区积极组织教师参加全国市区级课题申报及各级各类优秀论文评选多名"; // 5 + 2×33 = 71 columns
  const text = [
    ...["1. 基本情况", "正文。", "1.1 专业布局", "正文。", "1.2 质量保证"],
    ...["1.2.1东城区重视中等职业学校教育科研工作，形成规范化的工作模式，", "为教师专业素质提升提供支撑。", ...filler],
    ...["1.3 教师", cut, "学成果和论文获奖。", "1.4 结语", "正文。"],
  ].join("\n\n");
  const found = headings(text).map((h) => h.replace(/^\d+:\d+:/, ""));
  assert.deepEqual(found, ["1 基本情况", "1.1 专业布局", "1.2 质量保证", "1.3 教师", "1.4 结语"]);
});

test("第一部分/第二章 chapters sit above 一、 and dotted numbering", () => {
  const text = ["第一部分 基本情况", "一、规模", "1. 学校", "二、结构", "第二部分 学生发展", "一、素质"].join("\n\n");
  assert.deepEqual(headings(text), [
    "1:1:第一部分 基本情况",
    "3:2:一 规模",
    "5:3:1 学校",
    "7:2:二 结构",
    "9:1:第二部分 学生发展",
    "11:2:一 素质",
  ]);
});
