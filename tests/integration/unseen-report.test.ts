// A report the parser was not developed on, with variants the bundled reports lack (see the fixture's
// SOURCE.md). expected.json was checked by hand against input.txt; it is never regenerated automatically.
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { parseReport } from "../../src/pipeline/records.ts";
import { expectGolden, fixturePath } from "../helpers/golden.ts";

const FIXTURE = "report-unseen-variants";

test("an unseen report with other numbering, caption and case styles parses fully", () => {
  const bytes = new Uint8Array(readFileSync(fixturePath(FIXTURE, "input.txt")));
  const { report: r } = parseReport({ file: "input.txt", bytes, sidecar: null });
  const summary = r && {
    meta: [r.id, r.title, r.region, r.regionLevel, r.schoolLevel, r.reportYear, r.dataYear, r.publisher, r.publishedOn],
    encoding: r.source.encoding,
    headings: r.headings.map((h) => `${h.line} L${h.level} ${h.id} ${h.number} ${h.title}`),
    tables: r.tables.map((t) => ({
      id: t.id,
      line: t.line,
      caption: t.caption,
      columns: t.columns,
      rows: t.rows,
      note: t.note,
    })),
    figures: r.figures.map((f) => `${f.line} ${f.id} ${f.caption}`),
    cases: r.cases.map((c) => `${c.line}-${c.endLine} ${c.id} ${c.label} ${c.title} in ${c.sectionId}`),
    body: r.body.map(
      (b) =>
        `${b.line}-${b.endLine} ${b.kind}${b.caseId ? ` [${b.caseId}]` : ""} ${b.kind === "paragraph" || b.kind === "note" ? b.text : b.ref}`,
    ),
    artefacts: r.artefacts.filter((a) => a.kind !== "toc").map((a) => `${a.line} ${a.kind} ${a.text}`),
    diagnostics: r.diagnostics.map((d) => `${d.line} ${d.ruleId}`),
  };
  expectGolden(summary, fixturePath(FIXTURE, "expected.json"));
});
