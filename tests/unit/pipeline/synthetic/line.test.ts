import assert from "node:assert/strict";
import { test } from "node:test";

import { rewriteLine } from "../../../../src/pipeline/synthetic/line.ts";
import type { LineContext } from "../../../../src/pipeline/synthetic/line-rules.ts";
import { yearWindow } from "../../../../src/pipeline/synthetic/years.ts";

/** Years in 2019–2024 move by one; every quantity is marked, so a kept number is visibly kept. */
const ctx = (isToc = false): LineContext => ({
  window: yearWindow(2023, 2022),
  by: 1,
  quantity: (token, isShare) => `<${token}${isShare ? "%" : ""}>`,
  isToc,
});
const rewrite = (line: string, isToc = false): string => rewriteLine(line, ctx(isToc));

test("years of the time frame move, in prose, titles, ranges, table cells and Chinese digits", () => {
  assert.equal(rewrite("东城区中等职业教育质量年度报告（2023） "), "东城区中等职业教育质量年度报告（2024） ");
  assert.equal(rewrite("2021-2022学年东城区"), "2022-2023学年东城区");
  assert.equal(rewrite("2020 277"), "2021 <277>");
  assert.equal(rewrite("二零二一年十一月"), "二零二二年十一月");
  assert.equal(rewrite("2022.12"), "2023.12");
  assert.equal(rewrite("〔2023〕29 号"), "〔2024〕29 号");
});

test("years outside the frame, and ranges reaching outside it, stay", () => {
  assert.equal(rewrite("1983年，朝阳区"), "1983年，朝阳区");
  assert.equal(rewrite("《行动计划（2016—2020年）》"), "《行动计划（2016—2020年）》");
});

test("a year-like number with a unit is an amount", () => {
  assert.equal(rewrite("共 2021 人"), "共 <2021> 人");
});

test("item, section, list and row numbers stay", () => {
  assert.equal(rewrite("表1-2 2022年东城区"), "表1-2 2023年东城区");
  assert.equal(rewrite(" 图 3-1 招生情况"), " 图 3-1 招生情况");
  assert.equal(rewrite("【案例 2】见案例2"), "【案例 2】见案例2");
  assert.equal(rewrite("1.2.1北京国际职业教育学校"), "1.2.1北京国际职业教育学校");
  assert.equal(rewrite("1. 10 培养质量"), "1. 10 培养质量");
  assert.equal(rewrite("（3）学生 45 人"), "（3）学生 <45> 人");
  assert.equal(rewrite("13\t北京市劲松职业高中\t3"), "13\t北京市劲松职业高中\t<3>");
  assert.equal(rewrite("第 3 页"), "第 3 页");
});

test("a row of amounts is not a numbered line", () => {
  assert.equal(rewrite("637\t140\t-383"), "<637>\t<140>\t-<383>");
});

test("codes, phone numbers, dates, names and ASCII words stay", () => {
  assert.equal(rewrite("专业代码 750201"), "专业代码 750201");
  assert.equal(rewrite("电话 010-65252297"), "电话 010-65252297");
  assert.equal(rewrite("2023 年 3 月 12 日"), "2024 年 3 月 12 日");
  assert.equal(rewrite("“455”育人机制、“3+2”、1+X、5G"), "“455”育人机制、“3+2”、1+X、5G");
  assert.equal(rewrite("见 https://jw.beijing.gov.cn/2023/"), "见 https://jw.beijing.gov.cn/2023/");
});

test("quantities are changed in their printed form, with % marking shares", () => {
  assert.equal(rewrite("完成率85.4%，共 1,234 人，1.8万元"), "完成率<85.4%>%，共 <1,234> 人，<1.8>万元");
});

test("the page number of a table-of-contents line stays; elsewhere the last number is an amount", () => {
  assert.equal(rewrite("(一) 办学规模 45 所	- 10 -", true), "(一) 办学规模 <45> 所	- 10 -");
  assert.equal(rewrite("1.1 规模和结构	14", true), "1.1 规模和结构	14");
  assert.equal(rewrite("招生 253", false), "招生 <253>");
});
