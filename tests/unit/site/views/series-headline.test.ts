import assert from "node:assert/strict";
import { test } from "node:test";

import { headlineTable } from "../../../../src/site/views/series-headline.ts";
import { fact, VOCABULARY } from "../../../fixtures/site/facts.ts";

const SERIES = ["r2021", "r2022"];

test("one row per stated headline metric (vocabulary order), one column per data year", () => {
  const t = headlineTable(
    VOCABULARY,
    [
      fact({ metric: "funding", year: 2021, value: 100, unit: "万元" }),
      fact({ year: 2020, value: 300 }),
      fact({ year: 2021, value: 310 }),
      fact({ year: 2022, value: 320, report: "r2022" }),
      fact({ metric: "schools", year: 2019, value: 4, unit: "所" }),
      fact({ year: 2018, value: 1, report: "elsewhere" }),
    ],
    SERIES,
  );
  assert.deepEqual(t?.years, [2020, 2021, 2022]);
  assert.deepEqual(
    t?.rows.map((r) => [r.label, r.cells.map((c) => c.values.map((v) => v.text).join("|"))]),
    [
      ["招生人数", ["300人", "310人", "320人"]],
      ["经费投入", ["", "100万元", ""]],
    ],
  );
});

test("two reports stating different values for one year: both kept, oldest report first; agreeing ones merge", () => {
  const t = headlineTable(
    VOCABULARY,
    [
      fact({ year: 2021, value: 290, report: "r2022", line: 5 }),
      fact({ year: 2021, value: 310, line: 40 }),
      fact({ year: 2021, value: 310, line: 12, table: null }),
      fact({ year: 2020, value: 3, unit: "万人", text: "3万", report: "r2022" }),
      fact({ year: 2020, value: 30000 }),
    ],
    SERIES,
  );
  const [y2020, y2021] = t?.rows[0]?.cells ?? [];
  assert.deepEqual(
    y2021?.values.map((v) => [v.text, v.facts.map((f) => `${f.report.id}:${f.indicator.source.line}`)]),
    [
      ["310人", ["r2021:12"]],
      ["290人", ["r2022:5"]],
    ],
  );
  // 3万人 and 30000人 are the same statement: one value, both reports its sources.
  assert.deepEqual(
    y2020?.values.map((v) => v.facts.map((f) => f.report.id)),
    [["r2021", "r2022"]],
  );
});

test("no headline table when the series states no headline metric, or only parts and unsure scopes", () => {
  assert.equal(headlineTable(VOCABULARY, [], SERIES), null);
  const unsure = [
    fact({ year: 2021, value: 1, confidence: "likely" }),
    fact({ year: 2021, value: 2, qualifier: "民办" }),
  ];
  assert.equal(headlineTable(VOCABULARY, unsure, SERIES), null);
});
