import assert from "node:assert/strict";
import { test } from "node:test";

import type { IndicatorVocabulary, School } from "../../../src/model/index.ts";
import { urls } from "../../../src/model/urls.ts";
import { entityIndex, schoolNames } from "../../../src/site/entities/index.ts";
import { factValue, metricPages, regionFacts } from "../../../src/site/entities/indicator-pages.ts";
import { placeOf } from "../../../src/site/entities/places.ts";
import { schoolDirectory, schoolPage } from "../../../src/site/entities/school-pages.ts";
import {
  specialtyAliasRedirects,
  specialtyDirectory,
  specialtyPage,
} from "../../../src/site/entities/specialty-pages.ts";
import { caseEntries } from "../../../src/site/views/case-view.ts";
import { reportView } from "../../../src/site/views/report-view.ts";
import { tableEntries } from "../../../src/site/views/table-view.ts";
import { fixtureEntities } from "../../fixtures/site/entities.ts";
import { fixtureReport } from "../../fixtures/site/records.ts";

const REPORT = "/reports/fixture-district-2024/";
const index = entityIndex(fixtureEntities());
const view = reportView(fixtureReport(), index);
const views = new Map([[view.report.id, view]]);
const vocabulary: IndicatorVocabulary = {
  headline: [],
  metrics: {
    schools: {
      name: "学校数",
      description: "number of schools",
      group: "structure",
      kind: "count",
      units: ["所"],
      labels: ["学校数"],
    },
    enrollment: {
      name: "招生人数",
      description: "new students",
      group: "scale",
      kind: "count",
      units: ["人", "万人"],
      labels: ["招生人数", "招生"],
    },
  },
};

test("urls: entity pages are ASCII; a camelCase metric becomes kebab-case", () => {
  assert.equal(urls.school("jinsong-zhiye-gaozhong"), "/schools/jinsong-zhiye-gaozhong/");
  assert.equal(urls.specialty("750201"), "/specialties/750201/");
  assert.equal(urls.indicator("employmentRate"), "/indicators/employment-rate/");
});

test("placeOf: a table cell → its page, a case line → the case page, else the section anchor", () => {
  assert.deepEqual(placeOf(view, { line: 27, table: "tbl-1-1-1" }), {
    url: `${REPORT}tables/1-1-1/`,
    label: "表1-1-1",
  });
  assert.deepEqual(placeOf(view, { line: 75, caseId: "case-2-1" }), { url: `${REPORT}cases/2-1/`, label: "案例2-1" });
  assert.deepEqual(placeOf(view, { line: 76 }), { url: `${REPORT}cases/2-1/`, label: "案例2-1" }, "within its lines");
  assert.deepEqual(placeOf(view, { line: 76, caseId: null }), {
    url: `${REPORT}#sec-2-1-1`,
    label: "1 思政课程一体化",
  });
  assert.deepEqual(placeOf(view, { line: 41 }), { url: `${REPORT}#sec-1-2`, label: "（二） 产教融合与双师型教师" });
  assert.deepEqual(placeOf(view, { line: 3 }), { url: REPORT, label: "正文" }, "before the first heading");
});

test("schoolNames: names and aliases of ≥ 4 characters (bracket tags such as 国美 are too ambiguous)", () => {
  const school = { ...fixtureEntities().schools[0]!, aliases: ["某职业学校", "某职"] } satisfies School;
  assert.deepEqual(
    schoolNames([school])
      .map((e) => e.name)
      .sort(),
    ["某职业学校", "示例区某职业学校"],
  );
});

test("schoolPage: mentions by report with context and place, cases, table rows, specialties, facts", () => {
  const school = index.schools.get("shili-zhiye-xuexiao")!;
  const page = schoolPage(school, index, views);
  assert.equal(page.url, "/schools/shili-zhiye-xuexiao/");
  assert.deepEqual(
    page.mentions[0]?.mentions.map((m) => [m.line, m.before, m.text, m.after, m.place.url]),
    [
      [41, "全区双师型教师…", "某职业学校", "", `${REPORT}#sec-1-2`],
      [75, "", "某职业学校", "与本地企业共建", `${REPORT}cases/2-1/`],
      [27, "", "某职业学校", "", `${REPORT}tables/1-1-1/`],
    ],
  );
  assert.deepEqual(
    page.cases.map((c) => [c.url, c.label]),
    [[`${REPORT}cases/2-1/`, "案例2-1"]],
  );
  assert.deepEqual(
    page.rows.map((r) => [r.url, r.row, r.cells[0]]),
    [[`${REPORT}tables/1-1-1/`, 1, { column: "专业大类", value: "财经商贸" }]],
  );
  assert.deepEqual(
    page.specialties.map((s) => [s.url, s.name, s.event, s.source.label]),
    [["/specialties/730101/", "730101 财务会计", "新增", "表1-1-1"]],
  );
  assert.deepEqual(
    page.indicators.map((f) => [f.value, f.source.url, f.line]),
    [["120人", `${REPORT}cases/2-1/`, "第 75 行"]],
  );
});

test("specialtyPage: events by report with school links and the source row", () => {
  const page = specialtyPage(index.specialties.get("730101")!, index, views);
  const [event] = page.groups[0]?.events ?? [];
  assert.equal(event?.school?.url, "/schools/shili-zhiye-xuexiao/");
  assert.equal(event?.source.url, `${REPORT}tables/1-1-1/`);
  assert.equal(event?.where, "第 1 行（原文第 27 行）");
  assert.equal(event?.event, "新增");
});

test("directories: schools by level then district (unknown last), specialties by category", () => {
  const levels = schoolDirectory(fixtureEntities().schools);
  assert.deepEqual(
    levels.map((g) => [g.label, g.districts.map((d) => [d.district, d.schools.map((s) => s.id)])]),
    [
      ["中等职业学校", [["示例区", ["shili-zhiye-xuexiao"]]]],
      ["层次未注明", [[null, ["weizhi-xuexiao"]]]],
    ],
  );
  const categories = specialtyDirectory(fixtureEntities().specialties);
  assert.deepEqual(
    categories.map((c) => [c.id, c.category]),
    [["cat-cai-jing-shang-mao-da-lei", "财经商贸大类"]],
  );
});

test("metricPages: every metric of the vocabulary; scopes × years; disagreeing facts marked", () => {
  const [schools, enrollment] = metricPages(vocabulary, index.bundle.indicators, views);
  assert.deepEqual([schools?.url, schools?.tables, schools?.facts], ["/indicators/schools/", [], 0]);
  assert.equal(enrollment?.label, "招生人数");
  const [people] = enrollment?.tables ?? [];
  assert.deepEqual([enrollment?.tables.length, people?.unit, people?.years], [1, "人", [2024]]);
  assert.deepEqual(
    people?.rows.map((r) => [r.scope, r.schoolUrl, r.cells.map((c) => [c.facts.map((f) => f.value), c.conflict])]),
    [
      ["示例区", null, [[["798人", "800人"], true]]],
      ["示例区某职业学校", "/schools/shili-zhiye-xuexiao/", [[["120人"], false]]],
    ],
  );
  assert.equal(enrollment?.conflicts, 1);
  assert.deepEqual(
    regionFacts(vocabulary, [view.report.id], index.regionIndicators, views).map((f) => f.source.url),
    [`${REPORT}#sec-1-1`, `${REPORT}#sec-1-2`],
  );
});

test("factValue: value and unit; a ratio as printed", () => {
  const [fact] = index.bundle.indicators;
  assert.equal(factValue(fact!), "798人");
  assert.equal(factValue({ ...fact!, ratio: [1, 17], value: 1 / 17, unit: "ratio", text: "1:17" }), "1:17");
});

test("report, table and case views list the entities they name; the report carries its entity diagnostics", () => {
  assert.deepEqual(
    view.schools.map((s) => [s.name, s.count]),
    [
      ["示例区未知学校", 1],
      ["示例区某职业学校", 3],
    ],
  );
  assert.deepEqual(
    view.specialties.map((s) => s.name),
    ["730101 财务会计"],
  );
  assert.deepEqual(
    view.entityDiagnostics.map((d) => d.ruleId),
    ["indicator-conflict"],
  );
  const [table] = tableEntries(view, index);
  assert.deepEqual(
    table?.schools.map((s) => s.url),
    ["/schools/shili-zhiye-xuexiao/"],
  );
  assert.deepEqual(
    table?.specialties.map((s) => s.url),
    ["/specialties/730101/"],
  );
  const [entry] = caseEntries(view, index);
  assert.deepEqual(
    entry?.schools.map((s) => s.url),
    ["/schools/shili-zhiye-xuexiao/"],
  );
  assert.match(
    entry?.html ?? "",
    /<a href="\/schools\/shili-zhiye-xuexiao\/" title="示例区某职业学校">某职业学校<\/a>与本地企业/,
  );
  assert.match(view.narrative, /<a href="\/schools\/shili-zhiye-xuexiao\/" title="示例区某职业学校">某职业学校<\/a>/);
});

test("specialtyAliasRedirects: a coded specialty's name-only URL redirects to its code page", () => {
  const [specialty] = fixtureEntities().specialties;
  assert.deepEqual(specialtyAliasRedirects([specialty!]), [
    { from: "/specialties/zy-cai-wu-hui-ji/", to: "/specialties/730101/" },
  ]);
  assert.deepEqual(specialtyAliasRedirects([specialty!], new Set(["/specialties/zy-cai-wu-hui-ji/"])), [], "taken");
  assert.deepEqual(specialtyAliasRedirects([{ ...specialty!, code: null, id: "zy-cai-wu-hui-ji" }]), [], "no code");
});
