// The same report typeset by another converter, or saved in another encoding, must give the same records.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { squash } from "../../src/lib/text.ts";
import type { Report } from "../../src/model/index.ts";
import { parseReport } from "../../src/pipeline/records.ts";
import {
  hardWrapProse,
  notepadUnicode,
  pageBreakInTables,
  pdftotextStyle,
  strayControls,
  tabsToAlignedSpaces,
  utf16,
} from "../helpers/converters.ts";
import { corpus, REPORTS_DIR } from "../helpers/parsed-corpus.ts";

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

/** Artefact kinds and rules that only say what ingest removed or how the file was encoded. */
const INGEST_ARTEFACTS = new Set(["page-break", "control-character", "invisible-character", "special-space"]);
const INGEST_RULES = new Set(["encoding-utf16", "control-characters-removed"]);

/** The whole record less what legitimately differs when only characters change, never lines. */
function sameLines(r: Report): unknown {
  const { source: _source, artefacts, diagnostics, body, ...rest } = r;
  return {
    ...rest,
    // Paragraph text may keep an inner (now ASCII) space where the converter put an NBSP or U+3000.
    body: body.map((b) => ({ ...b, text: squash(b.text) })),
    artefacts: artefacts.filter((a) => !INGEST_ARTEFACTS.has(a.kind)).map((a) => ({ ...a, text: a.text.trim() })),
    diagnostics: diagnostics.filter((d) => !INGEST_RULES.has(d.ruleId)),
  };
}

function parse(r: Report, bytes: Uint8Array): Report {
  const out = parseReport({ file: r.source.file, bytes, sidecar: null });
  assert.ok(out.report, `the variant of ${r.source.file} must still parse`);
  return out.report;
}

const utf8 = (lines: readonly string[]): Uint8Array => new TextEncoder().encode(lines.join("\n") + "\n");
const reparse = (r: Report, lines: string[]): Report => parse(r, utf8(lines));

function rawLines(r: Report): string[] {
  const lines = readFileSync(REPORTS_DIR + r.source.file, "utf8").split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/** Every line of every paragraph block (1-based). */
function proseLines(r: Report): Set<number> {
  const out = new Set<number>();
  for (const b of r.body) if (b.kind === "paragraph") for (let n = b.line; n <= b.endLine; n++) out.add(n);
  return out;
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

  const text = (): string => rawLines(r).join("\n") + "\n";
  const encodings: [string, () => Uint8Array, string][] = [
    ['Notepad "Unicode" (UTF-16LE, BOM, CRLF)', () => notepadUnicode(text()), "utf-16le-bom"],
    ["UTF-16BE with a BOM", () => utf16(text(), "be", true), "utf-16be-bom"],
    ["UTF-16LE without a BOM", () => utf16(text(), "le", false), "utf-16le"],
  ];
  for (const [name, bytes, encoding] of encodings) {
    test(`${r.id}: ${name} gives the same record, line for line`, () => {
      const variant = parse(r, bytes());
      assert.equal(variant.source.encoding, encoding);
      assert.deepEqual(sameLines(variant), sameLines(r));
      assert.ok(variant.diagnostics.some((d) => d.ruleId === "encoding-utf16"));
    });
  }

  test(`${r.id}: pdftotext-style (form feeds, U+3000 indents, zero-width spaces, NBSP in 表 1-1) gives the same record`, () => {
    const variant = reparse(r, pdftotextStyle(rawLines(r), proseLines(r)));
    assert.deepEqual(sameLines(variant), sameLines(r));
    assert.ok(variant.artefacts.some((a) => a.kind === "page-break"));
    assert.ok(variant.source.pages.length > 1, "the form feeds give a page map");
  });

  test(`${r.id}: a few stray NUL and ESC bytes give the same record, with one notice`, () => {
    const variant = reparse(r, strayControls(rawLines(r)));
    assert.deepEqual(sameLines(variant), sameLines(r));
    const notices = variant.diagnostics.filter((d) => d.ruleId === "control-characters-removed");
    assert.equal(notices.length, 1);
  });
}
