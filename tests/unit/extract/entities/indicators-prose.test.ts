import assert from "node:assert/strict";
import { test } from "node:test";

import { defaultContext } from "../../../../src/extract/entities/index.ts";
import { proseIndicators } from "../../../../src/extract/entities/indicators-prose.ts";
import type { Segment } from "../../../../src/extract/entities/segments.ts";

const ctx = defaultContext();
const seg = (text: string): Segment => ({
  text,
  line: 7,
  endLine: 7,
  where: "paragraph",
  caseId: null,
  table: null,
  row: null,
  column: null,
});
const facts = (text: string, year: number | null = 2024) =>
  proseIndicators(seg(text), ctx.labels, ctx.matcher, year).map((f) => [
    f.metric,
    f.year,
    f.value,
    f.unit,
    f.school,
    f.qualifier,
  ]);

test("label then number: year from the sentence, else the data year", () => {
  assert.deepEqual(facts("2022年昌平区中等职业学校招生人数1061人。"), [["enrollment", 2022, 1061, "人", null, null]]);
  assert.deepEqual(facts("毕业生就业率为95.27%。"), [["employmentRate", 2024, 95.27, "%", null, null]]);
});

test("changes, approximations and wrong units are not facts", () => {
  assert.deepEqual(facts("招生较去年增长58人。"), []);
  assert.deepEqual(facts("就业率近100%。"), []);
  assert.deepEqual(facts("就业率达到98%以上。"), []);
  // 满意度 is a metric of its own, not 在校生 with a wrong unit.
  assert.deepEqual(
    facts("在校生满意度95%。").map((f) => f[0]),
    ["studentSatisfaction"],
  );
});

test("a school named earlier in the sentence is the scope; 其中 makes a part", () => {
  const [f] = proseIndicators(seg("以北京国际职业教育学校为例，在校学生512人。"), ctx.labels, ctx.matcher, 2022);
  assert.equal(f?.school, "北京国际职业教育学校");
  const parts = facts("东城区教职工379人，其中专任教师313人。");
  assert.deepEqual(
    parts.map((p) => p[5]),
    [null, "教职工其中"],
  );
});

test("ratios keep both terms", () => {
  const [f] = proseIndicators(seg("专任教师与学生比2.5:1。"), ctx.labels, ctx.matcher, 2022);
  assert.deepEqual([f?.metric, f?.ratio, f?.value], ["studentTeacherRatio", [2.5, 1], 2.5]);
});

test("a rate since a year is over a period ending in the data year, not a figure of that year", () => {
  const found = proseIndicators(seg("自2015年首届毕业生以来，就业率达55%。"), ctx.labels, ctx.matcher, 2022);
  assert.deepEqual(
    found.map((f) => [f.metric, f.year, f.period, f.value]),
    [["employmentRate", 2022, "2015–2022", 55]],
  );
});

test("years named together make a figure for the whole period, not for the last year", () => {
  const found = proseIndicators(seg("经过共同的努力，2020年、2021年毕业生共1653人。"), ctx.labels, ctx.matcher, 2021);
  assert.deepEqual(
    found.map((f) => [f.metric, f.year, f.period, f.value]),
    [["graduates", null, "2020–2021", 1653]],
  );
  const range = proseIndicators(seg("2019年至2021年，培训人数达3000人。"), ctx.labels, ctx.matcher, 2021);
  assert.deepEqual(
    range.map((f) => [f.year, f.period]),
    [[null, "2019–2021"]],
  );
  // One year, and a comparison year after the label, stay a figure of that year.
  const one = proseIndicators(
    seg("2022年，东城区中等职业学校共招生253人，较2021年增加58人。"),
    ctx.labels,
    ctx.matcher,
    2022,
  );
  assert.deepEqual(
    one.map((f) => [f.metric, f.year, f.period, f.value]),
    [["enrollment", 2022, null, 253]],
  );
});

test("figures after a clause naming a class or project are that group's, not the region's", () => {
  const text =
    "2024年，北京市新增4所职业高中开设综合高中班，共有9所职业高中开设有综合高中班，计划招生894人，实际招生928人，在校生2171人，毕业生497人。";
  assert.deepEqual(
    facts(text).map(([metric, , value, , , qualifier]) => [metric, value, qualifier]),
    [
      ["plannedEnrollment", 894, "综合高中班"],
      ["enrollment", 928, "综合高中班实际"],
      ["students", 2171, "综合高中班"],
      ["graduates", 497, "综合高中班"],
    ],
  );
  assert.deepEqual(
    facts("共有4所中职学校10个专业开展中本贯通培养项目，招生315人。").map((f) => f[5]),
    ["中本贯通培养项目"],
  );
  // A clause that is not a figure breaks the run: the figure after it is the whole's again.
  assert.deepEqual(
    facts("全市开设综合高中班，办学质量稳步提升，在校生2171人。").map((f) => f[5]),
    [null],
  );
});

test("the report's own kind of school named alone is the whole; 公办/民办 schools are parts", () => {
  assert.deepEqual(
    facts("2022年，东城区中等职业学校在校生756人。").map((f) => f[5]),
    [null],
  );
  assert.deepEqual(
    facts("东城区公办中等职业学校教职工379人。").map((f) => f[5]),
    ["公办中等职业学校"],
  );
});

const scopes = (text: string) =>
  proseIndicators(seg(text), ctx.labels, ctx.matcher, 2022, null, "北京市").map((f) => [f.metric, f.value, f.school]);

test("a sentence that names nobody continues the paragraph's subject: a school named in an earlier sentence", () => {
  assert.deepEqual(scopes("北京国际职业教育学校开设3个专业。该校2022年招生120人，在校生356人。"), [
    ["enrollment", 120, "北京国际职业教育学校"],
    ["students", 356, "北京国际职业教育学校"],
  ]);
  assert.deepEqual(scopes("2022年招生120人。"), [["enrollment", 120, null]], "a paragraph naming nobody: the region");
});

test("the region's name or a whole-region word makes a figure the region's again", () => {
  assert.deepEqual(scopes("北京国际职业教育学校开设3个专业。2022年，北京市招生1000人。"), [["enrollment", 1000, null]]);
  assert.deepEqual(scopes("北京国际职业教育学校开设3个专业。全市招生1000人。"), [["enrollment", 1000, null]]);
});

test("a figure about an institution that is not a curated school is left out, not given to the region", () => {
  const text = "由北京国际职业教育学校与外方合作共建的某某应用技术学院，是首个海外办学项目。其影响力持续扩大。";
  assert.deepEqual(scopes(`${text}2020年招生106人，在校生284人。`), []);
  assert.deepEqual(scopes(`${text}北京市招生1000人。`), [["enrollment", 1000, null]]);
});

test("a school in a list (A、B…, …和A, 由A) is a member of a group, not the subject", () => {
  assert.deepEqual(scopes("北京国际职业教育学校、北京市商业学校2所学校计划招生315人。"), [
    ["plannedEnrollment", 315, null],
  ]);
  assert.deepEqual(scopes("北京市25所高职院校和首钢工学院在校生6.07万人；25所高职院校和首钢工学院招生2.51万人。"), [
    ["students", 60700, null],
    ["enrollment", 25100, null],
  ]);
});
