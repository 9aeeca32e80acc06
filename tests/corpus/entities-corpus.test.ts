// Hand-checked entities of the bundled reports (schools, specialties, indicators), from reading the texts
// (content/reports/*.txt) and their notes. Lines are 1-based, as `sed -n 'Np'` shows them.
import assert from "node:assert/strict";
import { test } from "node:test";

import { rawLinesByFile } from "../../src/link/entities/from-inputs.ts";
import { buildEntities } from "../../src/link/entities/index.ts";
import { readInputs } from "../../src/pipeline/inputs.ts";
import { entityFiles } from "../../src/site/data/entity-files.ts";
import { corpus, REPORTS_DIR } from "../helpers/parsed-corpus.ts";

const records = await corpus();
const raw = rawLinesByFile(await readInputs(REPORTS_DIR));
const b = buildEntities(records.reports, (r) => raw.get(r.source.file) ?? null);
const school = (name: string) => {
  const s = b.schools.find((x) => x.name === name);
  if (!s) throw new Error(`no school ${name}`);
  return s;
};
const lines = (name: string, report: string, printed?: string) =>
  school(name)
    .mentions.filter((m) => m.report === report && (printed === undefined || m.text === printed))
    .map((m) => m.line);
const Z = "beijing-zhongzhi-2024";
const G = "beijing-gaozhi-2020";
const C = "chaoyang-zhongzhi-2022";
const D = "dongcheng-zhongzhi-2023";

test("every school of the bundled reports is curated: no unknown names, no duplicates", () => {
  assert.deepEqual(
    b.schools.filter((s) => !s.curated).map((s) => s.name),
    [],
  );
  assert.equal(new Set(b.schools.map((s) => s.id)).size, b.schools.length);
  assert.equal(new Set(b.schools.map((s) => s.name)).size, b.schools.length);
  const diag = b.links.flatMap((l) => l.diagnostics.filter((d) => d.ruleId === "school-unknown"));
  assert.deepEqual(diag, []);
});

test("no non-schools: government bodies, companies, foreign partners, generic words", () => {
  const names = new Set(b.schools.map((s) => s.name));
  for (const n of ["北京市教育委员会", "北京开放大学", "中央兰开夏大学", "北京市中等职业学校", "故宫博物院", "学校"]) {
    assert.equal(names.has(n), false, n);
  }
});

test("朝阳: its three schools and four partners (notes: 7)", () => {
  const c = b.links.find((l) => l.report === C);
  const names = b.schools
    .filter((s) => c?.schools.includes(s.id))
    .map((s) => s.name)
    .sort();
  assert.deepEqual(
    names,
    [
      "北京市劲松职业高中",
      "北京市求实职业学校",
      "北京市电气工程学校",
      "北京青年政治学院",
      "唐县职教中心",
      "天津职业技术师范大学",
      "河北省迁安职教中心",
    ].sort(),
  );
  assert.deepEqual(lines("北京市电气工程学校", C, "北京市电气学校"), [178]);
  assert.ok(lines("北京市劲松职业高中", C, "劲松职业高中").includes(95));
});

test("aliases: short forms, with/without 北京市, typos and tags", () => {
  assert.deepEqual(lines("北京商贸学校", Z, "北京市商贸学校"), [998, 1000, 1005]);
  assert.deepEqual(lines("北京市电气工程学校", Z, "北京电气化工程学校"), [1601, 1605]);
  assert.deepEqual(lines("北京交通运输职业学院", G, "北京交通职业学院"), [1246, 1290]);
  assert.deepEqual(lines("北京信息职业技术学院", G, "北京信息职业学院"), [1222, 1298, 1334]);
  assert.deepEqual(lines("北京经济管理职业学院", G, "北京经济管理职业"), [793]);
  assert.deepEqual(lines("北京北大方正软件职业技术学院", G, "北大方正职业学院"), [1218]);
  assert.deepEqual(lines("北京市国际美术学校", D, "国美"), [475, 477]);
  assert.deepEqual(lines("北京国际职业教育学校", D, "国职"), [482]);
  assert.ok(school("北京市劲松职业高中").aliases.includes("劲松职高"));
});

test("names cut by a page break or a wrap", () => {
  assert.deepEqual(lines("北京市延庆区第一职业学校", Z, "北京市延庆区第一职业"), [805]);
  assert.ok(
    lines("北京京北职业技术学院", G).includes(336),
    "北京 + 京北职业技术学院 across 336/338, re-joined paragraph",
  );
  // 北京国际职业 / 教育学校 across 264/266: found, placed on the line where the name starts
  assert.ok(lines("北京国际职业教育学校", D).includes(264));
});

test("mentions carry cases and table rows", () => {
  const s = school("中国戏曲学院附属中等戏曲学校");
  assert.ok(s.mentions.some((m) => m.text === "中国戏曲学院附属中学" && m.where === "case"));
  const shangye = school("北京市商业学校");
  assert.ok(shangye.tableRows.some((r) => r.report === Z && r.table === "tbl-1-2-1" && r.line === 482));
  assert.ok(shangye.cases.length > 0);
  assert.ok(shangye.specialties.some((x) => x.specialty === "750201" && x.event === "added" && x.line === 482));
});

test("specialties keyed by code, with category, duration and events per school", () => {
  const s = b.specialties.find((x) => x.code === "750201");
  assert.equal(s?.name, "音乐表演");
  assert.equal(s?.category, "文化艺术大类");
  assert.ok(
    s?.events.some(
      (e) => e.event === "added" && e.school === "shangye-xuexiao" && e.source.line === 482 && e.duration === "3",
    ),
  );
  const w = b.specialties.find((x) => x.code === "730604W");
  assert.ok(w, "codes with a letter are valid");
  const removed = b.specialties.find((x) => x.code === "710202");
  assert.ok(
    removed?.events.some(
      (e) => e.event === "removed" && e.school === "guoji-zhiye-jiaoyu-xuexiao" && e.source.line === 548,
    ),
  );
});

test("monitoring results from 表 1-2-3, owners across the page break", () => {
  const first = b.specialties
    .flatMap((s) => s.events)
    .find((e) => e.source.table === "tbl-1-2-3" && e.source.row === 0);
  assert.deepEqual(
    [first?.event, first?.school, first?.name, first?.year, first?.result, first?.grade],
    ["monitored", "guoji-zhiye-jiaoyu-xuexiao", "艺术设计与制作", 2021, "通过", "A+"],
  );
  const monitored = b.specialties.flatMap((s) => s.events).filter((e) => e.source.table === "tbl-1-2-3");
  assert.equal(monitored.length, 100);
  assert.ok(
    monitored
      .filter((e) => e.source.row === 73 || e.source.row === 74)
      .every((e) => e.school === "yanqing-diyi-zhiye-xuexiao"),
  );
});

test("3+2 tables list offered pairs; 专业设置 lists give the school in brackets", () => {
  const pair = b.specialties.flatMap((s) => s.events).find((e) => e.source.table === "tbl-1-5-1" && e.source.row === 0);
  assert.deepEqual(
    [pair?.event, pair?.school, pair?.name, pair?.pair?.school, pair?.pair?.specialty],
    ["offered", "changping-zhiye-xuexiao", "设施农业生产技术", "nongye-zhiye-xueyuan", "设施农业与装备"],
  );
  const painting = b.specialties.find((x) => x.code === "750107");
  assert.ok(
    painting?.events.some(
      (e) =>
        e.source.report === D && e.school === "guoji-meishu-xuexiao" && e.duration === "3" && e.source.line === 475,
    ),
  );
  assert.ok(
    painting?.events.some(
      (e) => e.source.report === D && e.school === "dongcheng-teshu-jiaoyu-xuexiao" && e.duration === "4",
    ),
  );
  const chaoyang = b.specialties.filter((s) => s.reports.includes(C));
  assert.equal(chaoyang.length, 49, "表6 lists 49 specialties (the notes: 表6 sums to 49)");
});

const ind = (report: string, metric: string, year: number, line: number) =>
  b.indicators
    .filter((i) => i.report === report && i.metric === metric && i.year === year && i.source.line === line)
    .map((i) => [i.value, i.unit, i.source.table]);

test("东城 headline indicators", () => {
  assert.deepEqual(ind(D, "schools", 2022, 27), [[4, "所", null]]);
  assert.deepEqual(ind(D, "students", 2022, 29), [[756, "人", null]]);
  assert.deepEqual(ind(D, "enrollment", 2022, 33), [[253, "人", null]]);
  assert.deepEqual(ind(D, "enrollment", 2020, 39), [[277, "人", "tbl-1-1"]]);
  assert.deepEqual(ind(D, "fulltimeTeachers", 2022, 161), [[313, "人", "tbl-1-2"]]);
  assert.deepEqual(ind(D, "dualQualifiedTeachers", 2022, 141), [[65, "人", null]]);
  const ratio = b.indicators.find((i) => i.report === D && i.metric === "studentTeacherRatio");
  assert.deepEqual(
    [ratio?.ratio, ratio?.scope.school, ratio?.source.line],
    [[2.5, 1], "guoji-zhiye-jiaoyu-xuexiao", 980],
  );
});

test("朝阳 headline indicators: school years end the period, no funding printed", () => {
  assert.deepEqual(ind(C, "enrollment", 2021, 33), [[655, "人", "tbl-1"]]);
  assert.deepEqual(ind(C, "graduates", 2020, 32), [[873, "人", "tbl-1"]]);
  assert.deepEqual(ind(C, "fulltimeTeachers", 2021, 69), [[637, "人", "tbl-4"]]);
  assert.deepEqual(ind(C, "seniorTeachers", 2021, 69), [[266, "人", "tbl-4"]]);
  assert.deepEqual(ind(C, "relevantEmploymentRate", 2021, 125), [[96.7, "%", "tbl-5"]]);
  assert.deepEqual(ind(C, "startingSalary", 2021, 125), [[4105, "元", "tbl-5"]]);
  // "2020年、2021年毕业生共1653人": the two years' graduates together, not 2021's.
  assert.deepEqual(ind(C, "graduates", 2021, 103), []);
  assert.deepEqual(
    b.indicators
      .filter((i) => i.report === C && i.metric === "graduates" && i.source.line === 103)
      .map((i) => [i.value, i.year, i.period]),
    [[1653, null, "2020–2021"]],
  );
  assert.equal(b.indicators.filter((i) => i.report === C && i.metric === "funding").length, 0);
});

test("北京高职 2020 headline indicators and the conflicts the notes list", () => {
  assert.deepEqual(ind(G, "students", 2020, 276)[0], [72800, "人", null]);
  assert.deepEqual(ind(G, "graduates", 2020, 467), [[21380, "人", "tbl-2-2"]]);
  assert.deepEqual(ind(G, "graduates", 2019, 467), [[19349, "人", "tbl-2-2"]]);
  assert.deepEqual(ind(G, "employmentRate", 2020, 474), [[90.29, "%", "tbl-2-2"]]);
  assert.deepEqual(ind(G, "fulltimeTeachers", 2020, 946), [[4261, "人", "tbl-3-6"]]);
  assert.deepEqual(ind(G, "equipmentValuePerStudent", 2020, 1028), [[62936.53, "元/生", "tbl-4-1"]]);
  const conflicts =
    b.links.find((l) => l.report === G)?.diagnostics.filter((d) => d.ruleId === "indicator-conflict") ?? [];
  assert.ok(
    conflicts.some((d) => d.message.includes("就业率") && d.message.includes("90.23%") && d.message.includes("90.29")),
  );
});

const scopeAt = (report: string, line: number) =>
  b.indicators
    .filter((i) => i.report === report && i.source.line === line && i.source.table === null)
    .map((i) => [i.metric, i.value, i.scope.kind, i.scope.school]);

test("prose figures belong to whom the paragraph is about, not always the region", () => {
  // 埃中应用技术学院 is named two sentences before 2020 年招生 106 人 … 在校生已达 284 人 (其影响力… continues it)
  assert.deepEqual(scopeAt(G, 1083), [
    ["enrollment", 106, "school", "aizhong-yingyong-jishu-xueyuan"],
    ["students", 284, "school", "aizhong-yingyong-jishu-xueyuan"],
  ]);
  const conflicts = b.links.find((l) => l.report === G)?.diagnostics.filter((d) => d.ruleId === "indicator-conflict");
  assert.ok(!conflicts?.some((d) => /106人|284人/.test(d.message)), "no longer 北京市's enrollment and students");
  // 北京信息职业技术学院作为…试点院校…。2020 年，学院…实际招生 180 人…。学院…合作中职学校已达 27 所
  assert.deepEqual(scopeAt(G, 428), [
    ["enrollment", 180, "school", "xinxi-zhiye-jishu-xueyuan"],
    ["schools", 27, "school", "xinxi-zhiye-jishu-xueyuan"],
  ]);
  // 25所独立设置高职院校和首钢工学院…在校生总数6.07万人: a group of the region, not 首钢工学院's
  assert.ok(scopeAt(G, 276).every((i) => i[2] === "region"));
  // 北京市昌平职业学校、北京市商业学校、…4所中职学校参与中本贯通项目，计划招生315人: the four together
  assert.deepEqual(scopeAt(Z, 1932), [["plannedEnrollment", 315, "region", null]]);
  // 案例 1-6-4 北京市黄庄职业高中…学校…2024年综合高中招生人数增至100人
  assert.deepEqual(scopeAt(Z, 1169), [["enrollment", 100, "school", "huangzhuang-zhiye-gaozhong"]]);
  // 案例 5-2 北京国际职业教育学校幼儿保育专业…。开设中小学生职业体验课程9门…培训人次1432人
  assert.deepEqual(scopeAt(D, 773), [["trainees", 1432, "school", "guoji-zhiye-jiaoyu-xuexiao"]]);
});

test("北京中职 2024: funding refers to 2023", () => {
  assert.deepEqual(ind(Z, "perStudentFunding", 2023, 2254), [[65571.71, "元", null]]);
  assert.deepEqual(ind(Z, "enrollment", 2024, 1121), [[315, "人", null]]);
});

test("published files validate and links name every entity of each report", () => {
  const files = new Map(entityFiles(b).map((f) => [f.path, f.content]));
  assert.ok(files.get("data/schools.csv")?.startsWith("\uFEFFid,name"));
  const links = JSON.parse(files.get("data/links.json") ?? "[]") as { report: string; indicators: string[] }[];
  assert.deepEqual(
    links.map((l) => l.report),
    [G, Z, C, D],
  );
  assert.equal(
    links.reduce((n, l) => n + l.indicators.length, 0),
    b.indicators.length,
  );
});

test("deterministic: a second run gives the same files", () => {
  const again = buildEntities(records.reports, (r) => raw.get(r.source.file) ?? null);
  assert.deepEqual(entityFiles(again), entityFiles(b));
});

test("北京中职 2024: figures of a class or project named before them are that group's, not the city's", () => {
  const at = (line: number) =>
    b.indicators
      .filter((i) => i.report === "beijing-zhongzhi-2024" && i.source.line === line && i.scope.kind === "region")
      .map((i) => [i.metric, i.value, i.qualifier]);
  // "共有 4 所中职学校 10 个专业开展中本贯通培养项目，招生 315 人"
  assert.deepEqual(at(1121), [["enrollment", 315, "中本贯通培养项目"]]);
  // "共有 9 所职业高中开设有综合高中班，计划招生 894 人，实际招生 928 人，在校生 2171 人，毕业生 497 人"
  assert.deepEqual(
    at(1147)
      .filter(([metric]) => metric !== "furtherStudyRate")
      .sort((x, y) => Number(x[1]) - Number(y[1])),
    [
      ["graduates", 497, "综合高中班"],
      ["plannedEnrollment", 894, "综合高中班"],
      ["enrollment", 928, "综合高中班实际"],
      ["students", 2171, "综合高中班"],
    ],
  );
});

test("东城 2023: 中等职业学校 alone is the district's whole; 公办 and 民办 are its parts", () => {
  const at = (metric: string, line: number) =>
    b.indicators
      .filter((i) => i.report === D && i.metric === metric && i.source.line === line)
      .map((i) => [i.value, i.qualifier]);
  assert.deepEqual(at("students", 29), [[756, null]]);
  assert.deepEqual(at("graduates", 258), [[182, null]]);
  assert.deepEqual(at("staff", 139), [[379, "公办中等职业学校"]]);
  assert.deepEqual(at("staff", 143), [[36, "民办中等职业学校"]]);
});
