// The same report typeset by another converter must give the same records (line numbers aside).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import type { Report } from "../../src/model/index.ts";
import { parseReport } from "../../src/pipeline/records.ts";
import { hardWrapProse, pageBreakInTables, tabsToAlignedSpaces } from "../helpers/converters.ts";
import { corpus, REPORTS_DIR } from "../helpers/parsed-corpus.ts";
import { squash } from "../../src/parse/text.ts";

/** What a reader gets from a report, without line numbers (a re-typeset shifts them). */
function essence(r: Report) {
  return {
    meta: [r.id, r.title, r.region, r.schoolLevel, r.reportYear, r.dataYear, r.publisher, r.publishedOn],
    headings: r.headings.map((h) => [h.id, h.number, h.title, h.level]),
    tables: r.tables.map((t) => ({
      id: t.id,
      caption: t.caption,
      columns: t.columns,
      header: t.header,
      rows: t.rows,
      note: t.note,
    })),
    figures: r.figures.map((f) => [f.id, f.caption]),
    cases: r.cases.map((c) => [c.id, c.label, c.title, c.sectionId]),
    prose: squash(
      r.body
        .filter((b) => b.kind === "paragraph")
        .map((b) => b.text)
        .join(""),
    ),
  };
}

function reparse(r: Report, lines: string[]): Report {
  const bytes = new TextEncoder().encode(lines.join("\n") + "\n");
  const out = parseReport({ file: r.source.file, bytes, sidecar: null });
  assert.ok(out.report, `re-typeset ${r.source.file} must still parse`);
  return out.report;
}

function rawLines(r: Report): string[] {
  const lines = readFileSync(REPORTS_DIR + r.source.file, "utf8").split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

const { reports } = await corpus();

for (const r of reports) {
  test(`${r.id}: tabs turned into aligned runs of spaces`, () => {
    assert.deepEqual(essence(reparse(r, tabsToAlignedSpaces(rawLines(r)))), essence(r));
  });

  test(`${r.id}: prose hard-wrapped at 40 characters with a blank line after every line`, () => {
    const prose = new Set(
      r.body
        .filter((b) => b.kind === "paragraph")
        .flatMap((b) => (b.line === b.endLine ? [b.line] : [b.line, b.endLine])),
    );
    assert.deepEqual(essence(reparse(r, hardWrapProse(rawLines(r), prose))), essence(r));
  });

  test(`${r.id}: a page break inside every table`, () => {
    const bodies = r.tables.flatMap((t) => (t.bodyLines ? [t.bodyLines] : []));
    assert.deepEqual(essence(reparse(r, pageBreakInTables(rawLines(r), bodies))), essence(r));
  });
}
