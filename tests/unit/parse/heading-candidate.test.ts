import assert from "node:assert/strict";
import { test } from "node:test";

import { matchHeadingCandidate } from "../../../src/parse/heading-candidate.ts";

const pick = (line: string) => {
  const c = matchHeadingCandidate(line);
  return c ? [c.style, c.number, c.title] : null;
};

test("dotted numbers with or without space, dot or inner spaces", () => {
  assert.deepEqual(pick("1. 人才培养"), ["dotted", "1", "人才培养"]);
  assert.deepEqual(pick("1.1规模和结构 "), ["dotted", "1.1", "规模和结构"]);
  assert.deepEqual(pick("2. 1. 2 面向企业开展技术服务"), ["dotted", "2.1.2", "面向企业开展技术服务"]);
  assert.deepEqual(pick("3.2.1. 开展专业建设质量诊改与保障工作"), [
    "dotted",
    "3.2.1",
    "开展专业建设质量诊改与保障工作",
  ]);
  assert.deepEqual(pick(" 3.1.1北京国际职业教育学校"), ["dotted", "3.1.1", "北京国际职业教育学校"]);
  assert.deepEqual(pick("6.2.10 完善制度"), ["dotted", "6.2.10", "完善制度"]);
});

test("Chinese numbering styles, full- or half-width, normalised to full width", () => {
  assert.deepEqual(pick("一、基本概况¹"), ["cn", "一", "基本概况"]);
  assert.equal(matchHeadingCandidate("一、基本概况¹")?.marker, "¹");
  assert.deepEqual(pick("（一）办学规模"), ["cnParen", "（一）", "办学规模"]);
  assert.deepEqual(pick("(四) 优化专业布局, 精准服务"), ["cnParen", "（四）", "优化专业布局, 精准服务"]);
  assert.deepEqual(pick("(1) 组织70余次区级研训活动。"), ["arParen", "（1）", "组织70余次区级研训活动。"]);
  assert.deepEqual(pick("十二、附录"), ["cn", "十二", "附录"]);
});

test("years, quantities, table rows and bare numbers are not candidates", () => {
  for (const line of [
    "2020 年朝阳区成为国家服务业扩大开放综合示范区",
    "2022年，东城区",
    "3\t22\t236",
    "1.\t北京交通运输职业学院",
    "2020 277",
    "1.5万人参加培训",
    "4",
    "12.5%的学生",
  ]) {
    assert.equal(matchHeadingCandidate(line), null, line);
  }
});

test("chapter styles: 第一章, 第二部分, 第3章", () => {
  assert.deepEqual(pick("第一章 总体情况"), ["chapter", "第一章", "总体情况"]);
  assert.deepEqual(pick("第二部分：学生发展"), ["chapter", "第二部分", "学生发展"]);
  assert.deepEqual(matchHeadingCandidate("第3章 保障")?.parts, [3]);
});
