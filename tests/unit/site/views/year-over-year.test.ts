import assert from "node:assert/strict";
import { test } from "node:test";

import { summarize } from "../../../../src/site/data/site-index.ts";
import {
  change,
  headlineYears,
  pickFact,
  previousFigures,
  type ReportFigures,
  sameValue,
  yearOverYear,
} from "../../../../src/site/views/year-over-year.ts";
import { fact, reportStub, VOCABULARY } from "../../../fixtures/site/facts.ts";
import { fixtureReport } from "../../../fixtures/site/records.ts";

const own = (...figures: ReturnType<typeof fact>[]): ReportFigures => ({ report: reportStub("r2021", 2021), figures });
const earlier = (...figures: ReturnType<typeof fact>[]): ReportFigures => ({
  report: reportStub("r2020", 2020),
  figures,
});
const summary = (id: string) => ({ ...summarize(fixtureReport()), id });

test("the report's own previous-year figure (a table's 2020 column) gives the change", () => {
  const [row] = headlineYears(
    VOCABULARY,
    own(fact({ year: 2021, value: 1100 }), fact({ year: 2020, value: 1000, line: 9 })),
    null,
  );
  assert.equal(row?.year, 2021);
  assert.equal(row?.current.indicator.value, 1100);
  assert.equal(row?.own?.indicator.value, 1000);
  assert.equal(row?.earlier, null);
  assert.deepEqual(row?.change, { absolute: 100, unit: "人", percent: 10 });
  assert.equal(row?.conflict, false);
});

test("without its own previous-year figure, the previous report's gives the change", () => {
  const [row] = headlineYears(
    VOCABULARY,
    own(fact({ year: 2021, value: 900 })),
    earlier(fact({ year: 2020, value: 1200, report: "r2020" }), fact({ year: 2019, value: 5, report: "r2020" })),
  );
  assert.equal(row?.own, null);
  assert.equal(row?.earlier?.report.id, "r2020");
  assert.deepEqual(row?.change, { absolute: -300, unit: "人", percent: -25 });
});

test("two reports stating different values for one year: flagged, both kept, both changes", () => {
  const [row] = headlineYears(
    VOCABULARY,
    own(fact({ year: 2021, value: 1100 }), fact({ year: 2020, value: 1000 })),
    earlier(fact({ year: 2020, value: 1050, report: "r2020" })),
  );
  assert.equal(row?.conflict, true);
  assert.equal(row?.own?.indicator.value, 1000);
  assert.equal(row?.earlier?.indicator.value, 1050);
  assert.deepEqual(row?.change, { absolute: 100, unit: "人", percent: 10 });
  assert.deepEqual(row?.earlierChange, { absolute: 50, unit: "人", percent: 4.8 });
});

test("a share changes in percentage points, without a percent", () => {
  const rate = { metric: "employmentRate", unit: "%" };
  const [row] = headlineYears(
    VOCABULARY,
    own(fact({ ...rate, year: 2021, value: 90.29 }), fact({ ...rate, year: 2020, value: 92.38 })),
    null,
  );
  assert.equal(row?.metric, "employmentRate");
  assert.deepEqual(row?.change, { absolute: -2.09, unit: "百分点", percent: null });
});

test("money in 万元 and 元 compares in one base unit", () => {
  const money = { metric: "funding" };
  const c = change(
    "money",
    fact({ ...money, year: 2020, value: 6.2, unit: "万元", text: "6.2万元" }),
    fact({ ...money, year: 2021, value: 62292.99, unit: "元" }),
  );
  assert.deepEqual(c, { absolute: 292.99, unit: "元", percent: 0.5 });
  assert.equal(change("ratio", fact({ year: 2020, value: 1 }), fact({ year: 2021, value: 2 })), null);
  assert.equal(change("count", fact({ year: 2020, value: 1, unit: "%" }), fact({ year: 2021, value: 2 })), null);
});

test("sameValue: a rounded print (2.57万人) states the same value as the exact one within its rounding", () => {
  const rounded = fact({ year: 2020, value: 25700, text: "2.57万人", table: null });
  assert.equal(sameValue(rounded, fact({ year: 2020, value: 25712 })), true);
  assert.equal(sameValue(rounded, fact({ year: 2020, value: 25800 })), false);
  assert.equal(sameValue(fact({ year: 2020, value: 19349 }), fact({ year: 2020, value: 19350 })), false);
});

test("pickFact: a table before prose, the current value's table first; parts and unsure scopes never", () => {
  const facts = [
    fact({ year: 2020, value: 1, table: null, line: 5 }),
    fact({ year: 2020, value: 2, table: "tbl-2-1", line: 30 }),
    fact({ year: 2020, value: 3, table: "tbl-1-1", line: 40 }),
    fact({ year: 2021, value: 9, qualifier: "其中民办", line: 1 }),
    fact({ year: 2021, value: 8, confidence: "likely", line: 2 }),
  ];
  assert.equal(pickFact(facts, "enrollment", 2020)?.indicator.value, 2);
  const near = fact({ year: 2021, value: 4, table: "tbl-1-1" });
  assert.equal(pickFact(facts, "enrollment", 2020, near)?.indicator.value, 3);
  assert.equal(pickFact(facts, "enrollment", 2021), null);
  assert.equal(pickFact(facts, "funding", 2020), null);
});

test("no value for the data year, or no data year: the metric is absent; 与上年比较 keeps rows with a prior value", () => {
  const rows = headlineYears(
    VOCABULARY,
    own(fact({ year: 2021, value: 1 }), fact({ metric: "funding", year: 2020, value: 5, unit: "万元" })),
    null,
  );
  assert.deepEqual(
    rows.map((r) => r.metric),
    ["enrollment"],
  );
  assert.deepEqual(yearOverYear(rows), []);
  assert.deepEqual(headlineYears(VOCABULARY, { report: reportStub("x", null), figures: [] }, null), []);
  const unknown = { report: { ...reportStub("x", null), reportYear: 2021 }, figures: [fact({ year: 2021, value: 1 })] };
  assert.equal(headlineYears(VOCABULARY, unknown, null).length, 1, "the report year when the data year is unknown");
});

test("previousFigures: the page of the series' previous report, or null", () => {
  const pages = [earlier(), own()];
  const place = { series: { key: "k", label: "k", reports: [] }, previous: summary("r2020"), next: null };
  assert.equal(previousFigures({ series: place }, pages)?.report.id, "r2020");
  assert.equal(previousFigures({ series: { ...place, previous: null } }, pages), null);
  assert.equal(previousFigures({ series: null }, pages), null);
});
