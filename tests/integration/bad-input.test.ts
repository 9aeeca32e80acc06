// Bad input becomes diagnostics, never a crash: each odd file is built next to a well-formed report
// (the "bystander"), which must come through untouched. Every diagnostic names its file, comes from the
// message catalog, and, where a line applies, names the line.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { syntheticReport } from "../../src/cli/bench/parse.ts";
import { type Diagnostic, formatDiagnostics, messages, type Report } from "../../src/model/index.ts";
import type { InputFile } from "../../src/pipeline/inputs.ts";
import { buildRecords, parseReport, type Records } from "../../src/pipeline/records.ts";
import { corpusFiles, corpusText, inputFile, smallReportFile } from "../helpers/corpus.ts";
import { encodeGb18030 } from "../helpers/gb18030.ts";

const subjectFile = smallReportFile();
const lf = corpusText(subjectFile);
const bystanderFile = corpusFiles().find((f) => f !== subjectFile) ?? assert.fail("need two bundled reports");
const bystander = inputFile(bystanderFile, corpusText(bystanderFile));
const bystanderAlone = parseReport(bystander).report ?? assert.fail(`${bystanderFile} must parse`);

/** Builds the odd files together with the bystander, which must come through as if it were alone. */
function buildWithBystander(...odd: InputFile[]): Records {
  const records = buildRecords([...odd, bystander]);
  const kept = records.reports.filter((r) => r.source.file === bystanderFile);
  assert.equal(kept.length, 1, "the well-formed report is still published");
  assert.deepEqual(kept[0], bystanderAlone, "…and unchanged by the other files");
  return records;
}

function diagnosticsOf(records: Records, file: string, ruleId?: string): Diagnostic[] {
  return records.diagnostics.filter((d) => d.file === file && (ruleId === undefined || d.ruleId === ruleId));
}

/** The diagnostic is from the catalog (so it says what to do) and the printed list names the file. */
function expectCatalogued(records: Records, d: Diagnostic | undefined): Diagnostic {
  assert.ok(d, "expected a diagnostic");
  const entry = messages[d.ruleId as keyof typeof messages];
  assert.ok(entry, `${d.ruleId} is in the message catalog`);
  assert.equal(d.severity, entry.severity);
  const printed = formatDiagnostics(records.diagnostics);
  assert.match(printed, new RegExp(`^${escape(d.file)}$`, "m"), "the printed diagnostics name the file");
  assert.ok(printed.includes(`${d.message}  ${d.ruleId}`));
  return d;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A report without what legitimately differs between two encodings of the same text. */
function withoutSource(report: Report | null, dropRules: readonly string[] = []): unknown {
  assert.ok(report, "a report is returned");
  const { source: _source, diagnostics, ...rest } = report;
  return { ...rest, diagnostics: diagnostics.filter((d) => !dropRules.includes(d.ruleId)) };
}

const lfRecord = parseReport(inputFile(subjectFile, lf)).report;

/** What each binary file's message must say: what it is, and how to get the text. */
const BINARY_MESSAGES: Record<string, RegExp> = {
  "image.txt": /^the file is a PNG image, not a text report; .*PDF or Word file/,
  "zeros.txt": /^the file is binary data .*pdftotext -layout/,
  "report.pdf.txt": /^the file is a PDF document, not a text report; .*pdftotext -layout/,
};

describe("unusable files are rejected with an error, and the others still build", () => {
  const cases: [string, Uint8Array, string][] = [
    ["empty.txt", new Uint8Array(), "file-empty"],
    ["blank.txt", new TextEncoder().encode("\n \r\n\u3000\n"), "file-empty"],
    [
      "image.txt",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
      "file-binary",
    ],
    ["zeros.txt", new Uint8Array(300), "file-binary"],
    ["report.pdf.txt", new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"), "file-binary"],
  ];
  for (const [file, bytes, ruleId] of cases) {
    test(`${file}: ${ruleId}`, () => {
      const records = buildWithBystander({ file, bytes, sidecar: null });
      assert.deepEqual(
        records.rejected.map((o) => o.file),
        [file],
      );
      const d = expectCatalogued(records, diagnosticsOf(records, file, ruleId)[0]);
      assert.equal(d.severity, "error");
      if (ruleId === "file-empty") assert.equal(d.message, messages["file-empty"].text());
      else assert.match(d.message, BINARY_MESSAGES[file] ?? /^$/);
    });
  }
});

describe("encodings and line ends do not change the records", () => {
  test("GB18030 (GBK): same records and line numbers as UTF-8, plus an info notice naming the file", () => {
    const records = buildWithBystander(inputFile(subjectFile, encodeGb18030(lf)));
    const report = records.reports.find((r) => r.source.file === subjectFile) ?? null;
    assert.equal(report?.source.encoding, "gb18030");
    assert.deepEqual(withoutSource(report, ["encoding-gb18030"]), withoutSource(lfRecord));
    const d = expectCatalogued(records, diagnosticsOf(records, subjectFile, "encoding-gb18030")[0]);
    assert.equal(d.severity, "info");
  });

  test("UTF-8 with a BOM: same records, and the BOM is not part of the title", () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(lf)]);
    const report = parseReport(inputFile(subjectFile, bom)).report;
    assert.equal(report?.source.encoding, "utf-8-bom");
    assert.ok(!report?.title.includes("\uFEFF"));
    assert.deepEqual(withoutSource(report), withoutSource(lfRecord));
  });

  for (const [name, end] of [
    ["CRLF", "\r\n"],
    ["lone CR", "\r"],
  ] as const) {
    test(`${name} line ends: the same records with the same line numbers as LF`, () => {
      const records = buildWithBystander(inputFile(subjectFile, lf.replaceAll("\n", end)));
      const report = records.reports.find((r) => r.source.file === subjectFile) ?? null;
      assert.equal(report?.source.lines, lfRecord?.source.lines);
      assert.deepEqual(withoutSource(report), withoutSource(lfRecord));
    });
  }
});

describe("converter debris is removed, not fatal", () => {
  test("a few NUL and ESC bytes: the report is published as without them, with one notice at the first", () => {
    const lines = lf.split("\n");
    const at = (lfRecord?.headings[1]?.line ?? 2) - 1;
    lines[at] = `${lines[at] ?? ""}\0`;
    lines[at + 2] = `\x1b${lines[at + 2] ?? ""}\0`;
    const records = buildWithBystander(inputFile(subjectFile, lines.join("\n")));
    const report = records.reports.find((r) => r.source.file === subjectFile) ?? null;
    const ingest = ["control-characters-removed"];
    assert.deepEqual(
      { ...(withoutSource(report, ingest) as Report), artefacts: [] },
      { ...(withoutSource(lfRecord) as Report), artefacts: [] },
    );
    const d = expectCatalogued(records, diagnosticsOf(records, subjectFile, "control-characters-removed")[0]);
    assert.equal(d.line, at + 1);
    assert.equal(d.severity, "info");
    assert.deepEqual(
      report?.artefacts.filter((a) => a.kind === "control-character").map((a) => [a.line, a.text]),
      [
        [at + 1, "␀"],
        [at + 3, "␛␀"],
      ],
    );
  });
});

describe("markup in the text", () => {
  test("<script> is kept as text, with an info diagnostic at its line", () => {
    const lines = lf.split("\n");
    const at = lfRecord?.headings[0]?.line ?? 1;
    lines.splice(at - 1, 0, "<script>alert(1)</script>", "");
    const records = buildWithBystander(inputFile("script.txt", lines.join("\n")));
    const report = records.reports.find((r) => r.source.file === "script.txt");
    assert.ok(report, "the report is still published");
    const d = expectCatalogued(records, diagnosticsOf(records, "script.txt", "html-in-text")[0]);
    assert.equal(d.line, at);
    assert.ok(
      report.body.some((b) => b.text.includes("<script>alert(1)</script>")),
      "the markup is kept verbatim as text (escaping is the renderer's job)",
    );
  });
});

describe("two reports that would get the same id", () => {
  /** Both published under distinct ids and URLs; each has an error naming the other file. */
  function expectBothKept(records: Records, a: string, b: string): void {
    const reports = records.reports.filter((r) => r.source.file === a || r.source.file === b);
    assert.equal(reports.length, 2, "both reports are published");
    assert.notEqual(reports[0]?.id, reports[1]?.id, "neither overwrites the other");
    assert.notEqual(reports[0]?.url, reports[1]?.url);
    for (const [file, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const d = expectCatalogued(records, diagnosticsOf(records, file, "duplicate-report-id")[0]);
      assert.equal(d.severity, "error");
      assert.ok(d.message.includes(other), `the diagnostic of ${file} names ${other}`);
    }
  }

  test("the same report under two names, one with an extra line", () => {
    const records = buildWithBystander(inputFile("a.txt", lf), inputFile("b.txt", `${lf}\n附件\n`));
    expectBothKept(records, "a.txt", "b.txt");
  });

  test("byte-identical copies", () => {
    const records = buildWithBystander(inputFile("a.txt", lf), inputFile("copy-of-a.txt", lf));
    expectBothKept(records, "a.txt", "copy-of-a.txt");
  });
});

describe("size", () => {
  test("a 50 MB report (the corpus concatenated) parses and returns a report", () => {
    const others = corpusFiles()
      .filter((f) => f !== bystanderFile)
      .map((f) => inputFile(f, corpusText(f)));
    const big = syntheticReport(others, 50 * 1024 * 1024, "big.txt");
    const records = buildWithBystander(big);
    const report = records.reports.find((r) => r.source.file === "big.txt");
    assert.ok(report, "a report is returned");
    assert.equal(report.source.bytes, big.bytes.length);
    assert.deepEqual(diagnosticsOf(records, "big.txt", "report-failed"), []);
  });
});
