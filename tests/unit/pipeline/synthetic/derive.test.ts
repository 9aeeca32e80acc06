// A derived report parses to the same structure as its source: for each bundled text, the report a year
// later has the same headings, tables (numbers and shapes), figures and cases, a year more, a new id, and
// other amounts.
import assert from "node:assert/strict";
import { test } from "node:test";

import type { Report } from "../../../../src/model/index.ts";
import { parseReport } from "../../../../src/pipeline/records.ts";
import { derive, nextYear, renamed } from "../../../../src/pipeline/synthetic/derive.ts";
import { corpusFiles, corpusText, inputFile, smallReportFile } from "../../../helpers/corpus.ts";

function parse(text: string): Report {
  const { report } = parseReport(inputFile("derived.txt", text));
  assert.ok(report, "the text parses to a report");
  return report;
}

/** What must not change: the outline, every table's number and shape, figures and cases, by line. */
function structure(r: Report) {
  return {
    headings: r.headings.map((h) => `${h.number ?? "-"}@${h.line}`),
    tables: r.tables.map((t) => `${t.number}:${t.header.length}+${t.rows.length}x${t.columns.length}@${t.line}`),
    figures: r.figures.map((f) => `${f.number}@${f.line}`),
    cases: r.cases.map((c) => `${c.number ?? "-"}@${c.line}`),
  };
}

/** Every number printed in the table cells, in order. */
const cellNumbers = (r: Report): string => r.tables.map((t) => t.rows.flat().join("|")).join("\n");

for (const file of corpusFiles()) {
  test(`${file}: the next year's report has the same structure, a year more, a new id and other amounts`, () => {
    const text = corpusText(file);
    const source = parse(text);
    const derived = nextYear(text, { seed: 1 });
    const next = parse(derived);
    assert.equal(derived.split("\n").length, text.split("\n").length, "same lines");
    assert.deepEqual(structure(next), structure(source));
    assert.ok(source.reportYear !== null);
    assert.equal(next.reportYear, source.reportYear + 1);
    assert.equal(next.dataYear, (source.dataYear ?? Number.NaN) + 1);
    assert.equal(next.region, source.region);
    assert.equal(next.id, source.id.replace(/\d{4}$/, String(source.reportYear + 1)));
    assert.notEqual(cellNumbers(next), cellNumbers(source), "table cells changed");
  });
}

test("a derivation is deterministic for a seed and differs across seeds", () => {
  const text = corpusText(smallReportFile());
  assert.equal(nextYear(text, { seed: 3 }), nextYear(text, { seed: 3 }));
  assert.notEqual(nextYear(text, { seed: 3 }), nextYear(text, { seed: 4 }));
});

test("years later, and without perturbing, only the years change", () => {
  const text = corpusText(smallReportFile());
  const source = parse(text);
  const later = parse(derive(text, { yearShift: 3, seed: 1, perturb: false }));
  assert.equal(later.reportYear, (source.reportYear ?? 0) + 3);
  const noYears = (r: Report): string => cellNumbers(r).replace(/(?:19|20)\d{2}/g, "Y");
  assert.equal(noYears(later), noYears(source));
});

test("a renamed report is another region's: the title names it and no old name is left", () => {
  const file = corpusFiles().find((f) => parse(corpusText(f)).regionLevel === "district");
  assert.ok(file, "a bundled district report");
  const text = corpusText(file);
  const source = parse(text);
  const other = renamed(text, { region: "余杭区", seed: 1 });
  const report = parse(other);
  assert.equal(report.region, "余杭区");
  assert.equal(report.id, `yuhang-${source.id.split("-").slice(1).join("-")}`);
  assert.ok(!other.includes(source.region ?? "∅"), `no ${source.region} left`);
  assert.deepEqual(structure(report), structure(source));
});
