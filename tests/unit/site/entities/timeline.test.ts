import assert from "node:assert/strict";
import { test } from "node:test";

import { type Specialty, SpecialtyEvent } from "../../../../src/model/index.ts";
import { entityIndex } from "../../../../src/site/entities/index.ts";
import { byYear, factsByYear, specialtyTimeline } from "../../../../src/site/entities/timeline.ts";
import { reportView } from "../../../../src/site/views/report-view.ts";
import { fixtureEntities } from "../../../fixtures/site/entities.ts";
import { fact } from "../../../fixtures/site/facts.ts";
import { fixtureReport } from "../../../fixtures/site/records.ts";

const index = entityIndex(fixtureEntities());
const later = reportView(fixtureReport(), index); // fixture-district-2024, data year 2024
const earlier = reportView(
  { ...fixtureReport(), id: "fixture-district-2023", dataYear: 2023, reportYear: 2023 },
  index,
);
const views = new Map([later, earlier].map((v) => [v.report.id, v]));

const event = (report: string, kind: SpecialtyEvent["event"], year: number | null, school: string | null, line = 27) =>
  SpecialtyEvent.parse({
    event: kind,
    school,
    name: "财务会计",
    year,
    duration: null,
    result: null,
    grade: null,
    pair: null,
    source: { report, line, table: "tbl-1-1-1", row: 0, column: null },
  });

test("byYear: ascending, an unknown year last", () => {
  assert.deepEqual([2024, null, 2020, 2022].sort(byYear), [2020, 2022, 2024, null]);
});

test("specialtyTimeline: one row per year and kind across reports, years ascending; a yearless list takes its report's year", () => {
  const specialty: Specialty = {
    ...fixtureEntities().specialties[0]!,
    reports: ["fixture-district-2024", "fixture-district-2023"],
    events: [
      event("fixture-district-2024", "added", 2024, "shili-zhiye-xuexiao"),
      event("fixture-district-2024", "added", 2024, "weizhi-xuexiao", 28),
      event("fixture-district-2023", "removed", 2023, "weizhi-xuexiao"),
      event("fixture-district-2023", "offered", null, null),
      event("unpublished-report", "removed", 2022, null),
    ],
  };
  const rows = specialtyTimeline(specialty, views);
  assert.deepEqual(
    rows.map((r) => [r.year, r.yearFromReport, r.event, r.schools, r.sources.map((s) => `${s.report} ${s.label}`)]),
    [
      [2023, true, "offered", [null], ["示例区中职 2023 表1-1-1"]],
      [2023, false, "removed", ["weizhi-xuexiao"], ["示例区中职 2023 表1-1-1"]],
      [2024, false, "added", ["shili-zhiye-xuexiao", "weizhi-xuexiao"], ["示例区中职 2024 表1-1-1"]],
    ],
  );
});

test("factsByYear: by the year a fact is about, then the report's year, then line; unknown years last", () => {
  const facts = [
    fact({ year: 2024, value: 1, line: 5 }),
    { ...fact({ year: 2023, value: 2 }), indicator: { ...fact({ year: 2023, value: 2 }).indicator, year: null } },
    fact({ year: 2022, value: 3, line: 9 }),
    fact({ year: 2022, value: 4, line: 3 }),
  ];
  assert.deepEqual(
    factsByYear(facts).map((f) => f.indicator.value),
    [4, 3, 1, 2],
  );
});
