// Hand-checked indicators of the bundled reports: the headline figures their tables print, read from the
// texts (content/reports/*.txt; lines 1-based as `sed -n 'Np'` shows them), and the prose figures whose
// scope is not the region. Each assertion names metric, year, scope, unit and source line.
import assert from "node:assert/strict";
import { test } from "node:test";

import { rawLinesByFile } from "../../src/link/entities/from-inputs.ts";
import { buildEntities } from "../../src/link/entities/index.ts";
import type { Indicator } from "../../src/model/index.ts";
import { readInputs } from "../../src/pipeline/inputs.ts";
import { corpus, REPORTS_DIR } from "../helpers/parsed-corpus.ts";

const records = await corpus();
const raw = rawLinesByFile(await readInputs(REPORTS_DIR));
const b = buildEntities(records.reports, (r) => raw.get(r.source.file) ?? null);
const Z = "beijing-zhongzhi-2024"; // 000
const C = "chaoyang-zhongzhi-2022"; // 002
const G = "beijing-gaozhi-2020"; // 003
const D = "dongcheng-zhongzhi-2023"; // 004

/** The one whole-region fact of a table cell: metric, report, line and year. */
function cell(report: string, metric: string, line: number, year: number): Indicator {
  const found = b.indicators.filter(
    (i) =>
      i.report === report &&
      i.metric === metric &&
      i.source.line === line &&
      i.year === year &&
      i.source.table !== null &&
      i.qualifier === null,
  );
  assert.equal(found.length, 1, `${report} ${metric} ${year} line ${line}: ${found.length} facts`);
  return found[0] as Indicator;
}

/** value, unit, scope kind, table and confidence of a fact. */
const seen = (i: Indicator) => [i.value, i.unit, i.scope.kind, i.source.table, i.confidence];

test("北京高职 2020 (003): 表2-2 学生发展, 表3-6 教育教学 (双师 share 74.85 → 60.58%), 表4-1, 表6-1, 表2-5", () => {
  assert.deepEqual(seen(cell(G, "graduates", 467, 2020)), [21380, "人", "region", "tbl-2-2", "certain"]);
  assert.deepEqual(seen(cell(G, "employmentRate", 474, 2020)), [90.29, "%", "region", "tbl-2-2", "certain"]);
  assert.deepEqual(seen(cell(G, "startingSalary", 476, 2020)), [4837.5, "元", "region", "tbl-2-2", "certain"]);
  assert.deepEqual(seen(cell(G, "staff", 945, 2020)), [8764, "人", "region", "tbl-3-6", "certain"]);
  assert.deepEqual(seen(cell(G, "fulltimeTeachers", 946, 2019)), [4799, "人", "region", "tbl-3-6", "certain"]);
  assert.deepEqual(seen(cell(G, "studentTeacherRatio", 947, 2020)), [14.7, "ratio", "region", "tbl-3-6", "certain"]);
  assert.deepEqual(seen(cell(G, "dualQualifiedShare", 948, 2019)), [74.85, "%", "region", "tbl-3-6", "certain"]);
  assert.deepEqual(seen(cell(G, "dualQualifiedShare", 948, 2020)), [60.58, "%", "region", "tbl-3-6", "certain"]);
  assert.deepEqual(seen(cell(G, "seniorTeacherShare", 949, 2020)), [36.52, "%", "region", "tbl-3-6", "certain"]);
  assert.deepEqual(seen(cell(G, "equipmentValuePerStudent", 1028, 2020)), [
    62936.53,
    "元/生",
    "region",
    "tbl-4-1",
    "certain",
  ]);
  assert.deepEqual(seen(cell(G, "perStudentFunding", 1033, 2019)), [60139.39, "元", "region", "tbl-4-1", "certain"]);
  assert.deepEqual(seen(cell(G, "technicalServiceIncome", 1343, 2020)), [
    4521.63,
    "万元",
    "region",
    "tbl-6-1",
    "certain",
  ]);
  assert.deepEqual(seen(cell(G, "nonDegreeTrainingDays", 1347, 2019)), [
    977416,
    "人日",
    "region",
    "tbl-6-1",
    "certain",
  ]);
  assert.deepEqual(seen(cell(G, "overseasTrainingDays", 1201, 2020)), [165954, "人日", "region", "tbl-5-2", "certain"]);
  assert.deepEqual(seen(cell(G, "financialAidAmount", 559, 2020)), [7890.49, "万元", "region", "tbl-2-5", "certain"]);
  assert.deepEqual(seen(cell(G, "financialAidRecipients", 559, 2020)), [52450, "人", "region", "tbl-2-5", "certain"]);
});

test("朝阳 (002): 表1 规模 by school year, 表4 教师, 表5 就业质量", () => {
  const enrolment = cell(C, "enrollment", 33, 2021);
  assert.deepEqual([...seen(enrolment), enrolment.period], [655, "人", "region", "tbl-1", "certain", "2020-2021"]);
  assert.deepEqual(seen(cell(C, "trainees", 33, 2021)), [68909, "人", "region", "tbl-1", "certain"]);
  assert.deepEqual(seen(cell(C, "fulltimeTeachers", 69, 2021)), [637, "人", "region", "tbl-4", "certain"]);
  assert.deepEqual(seen(cell(C, "dualQualifiedTeachers", 69, 2021)), [231, "人", "region", "tbl-4", "certain"]);
  assert.deepEqual(seen(cell(C, "relevantEmploymentRate", 125, 2021)), [96.7, "%", "region", "tbl-5", "certain"]);
  assert.deepEqual(seen(cell(C, "startingSalary", 125, 2021)), [4105, "元", "region", "tbl-5", "certain"]);
  assert.deepEqual(seen(cell(C, "furtherStudyRate", 124, 2020)), [33, "%", "region", "tbl-5", "certain"]);
  // The 增量 row (line 34) is a change, not a year's value.
  assert.equal(b.indicators.filter((i) => i.report === C && i.source.line === 34).length, 0);
});

test("东城 (004): 表1-1 招生, 表1-2 专任教师 and its parts, 表7-1 减免学费; 经费 100万元 from prose", () => {
  assert.deepEqual(seen(cell(D, "enrollment", 43, 2022)), [253, "人", "region", "tbl-1-1", "certain"]);
  assert.deepEqual(seen(cell(D, "fulltimeTeachers", 161, 2022)), [313, "人", "region", "tbl-1-2", "certain"]);
  assert.deepEqual(seen(cell(D, "financialAidAmount", 879, 2022)), [316700, "元", "region", "tbl-7-1", "certain"]);
  const women = b.indicators.find((i) => i.report === D && i.source.line === 163 && i.metric === "fulltimeTeachers");
  assert.deepEqual([women?.value, women?.qualifier], [255, "女"]);
  const funding = b.indicators.filter((i) => i.report === D && i.metric === "funding");
  assert.deepEqual(
    funding.map((i) => [i.value, i.unit, i.year, i.scope.name, i.source.line, i.confidence]),
    [[100, "万元", 2022, "东城区", 852, "certain"]],
  );
  assert.match(funding[0]?.sentence ?? "", /东城区政府投入100万元职业教育经费/);
});

test("北京中职 2024 (000): 表1-10-1 满意度 in %, with the 其中 rows as parts", () => {
  assert.deepEqual(seen(cell(Z, "studentSatisfaction", 1291, 2024)), [95, "%", "region", "tbl-1-10-1", "certain"]);
  assert.deepEqual(seen(cell(Z, "graduateSatisfaction", 1297, 2024)), [96.79, "%", "region", "tbl-1-10-1", "certain"]);
  assert.deepEqual(seen(cell(Z, "employerSatisfaction", 1300, 2024)), [95.41, "%", "region", "tbl-1-10-1", "certain"]);
  assert.deepEqual(seen(cell(Z, "parentSatisfaction", 1302, 2024)), [96.9, "%", "region", "tbl-1-10-1", "certain"]);
  const part = b.indicators.find((i) => i.report === Z && i.source.line === 1298);
  assert.deepEqual([part?.metric, part?.value, part?.qualifier], ["graduateSatisfaction", 97.18, "应届毕业生满意度"]);
});

test("the 55% of one special-education specialty and the 98% of one school's case are not region-wide", () => {
  const regionWide = (i: Indicator) => i.scope.kind === "region" && i.confidence === "certain";
  const rates = b.indicators.filter((i) => i.metric === "employmentRate");
  const d55 = rates.filter((i) => i.report === D && i.value === 55);
  assert.equal(d55.length, 1);
  assert.deepEqual(
    d55.map((i) => [i.scope.kind, i.scope.name, i.qualifier, i.period, regionWide(i)]),
    [["school", "北京市东城区特殊教育学校", "中餐烹饪专业", "2015–2022", false]],
  );
  // 【案例 5-4-3】: "学生就业率达到 98% 以上" is an estimate about one school, never the city's rate.
  assert.deepEqual(
    rates.filter((i) => i.report === Z && i.value === 98 && regionWide(i)),
    [],
  );
});

test("every prose fact keeps its sentence; table facts are certain and have none", () => {
  for (const i of b.indicators) {
    if (i.source.table !== null && i.sentence === null) assert.equal(i.confidence, "certain", i.id);
    if (i.source.table === null) assert.ok(i.sentence && i.sentence.length > 0, i.id);
  }
});
