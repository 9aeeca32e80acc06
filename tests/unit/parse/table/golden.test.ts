/**
 * Golden tests: tests/fixtures/table-<quirk>/input.txt → expected.json (hand-checked) and
 * expected.messages.txt (the table's diagnostics), compared by tests/helpers/golden.ts. The first
 * non-blank line of input.txt is the caption; SOURCE.md says where the lines were cut from. Beside the
 * parsed table, `content` pins the table as data: rows with merged cells filled and shifted rows put
 * back, the merged regions, and every cell's value.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { type SourceLine, splitLines } from "../../../../src/ingest/lines.ts";
import { formatDiagnostics, toDiagnostic } from "../../../../src/model/index.ts";
import { tableContent } from "../../../../src/parse/table/content.ts";
import { claimDisplacedBody, matchTableCaption, parseTableAt } from "../../../../src/parse/table/index.ts";
import type { ParsedTable, ScanContext } from "../../../../src/parse/types.ts";
import { expectGolden, fixtureNames, fixturePath } from "../../../helpers/golden.ts";
import { contextFor } from "../../../helpers/table-corpus.ts";
import { toAlignedLayout, unaccountedChars } from "../../../helpers/table-layouts.ts";

function inputOf(name: string): SourceLine[] {
  return splitLines(readFileSync(fixturePath(name, "input.txt"), "utf8"));
}

/** What a golden pins down: the reader-visible content of a table. */
function visible(t: ParsedTable | null): object | null {
  return t && { header: t.header, columns: t.columns, rows: t.rows, note: t.note };
}

/**
 * Where the document scanner would claim the body of a caption that has none: the first line after
 * `from` where prose was expected (not blank, not a block start) that reads as a table body; -1 for none.
 */
function displacedIndex(ctx: ScanContext, from: number): number {
  for (let i = from; i < ctx.lines.length; i++) {
    if (ctx.lines[i]?.text.trim() === "" || ctx.isBoundary(i)) continue;
    if (claimDisplacedBody(ctx, i)) return i;
  }
  return -1;
}

/** The actual output for a fixture: the shape of expected.json, and the diagnostics. */
function actualFor(lines: SourceLine[]) {
  const ctx = contextFor(lines);
  const caption = lines.findIndex((l) => l.text.trim() !== "");
  const table = parseTableAt(ctx, caption);
  const title = matchTableCaption(lines[caption]?.text ?? "");
  const content = tableContent(table, title?.number ?? "?", title?.caption ?? "");
  const out: Record<string, unknown> = {
    table: visible(table),
    content: { rows: content.rows, merges: content.merges, values: content.values },
  };
  const findings = [...table.findings, ...content.findings];
  const at = table.bodyLines === null ? displacedIndex(ctx, caption + 1) : -1;
  const displaced = at >= 0 ? claimDisplacedBody(ctx, at) : null;
  if (displaced) {
    out["displacedAt"] = lines[at]?.no;
    out["displaced"] = visible(displaced);
    findings.push(...displaced.findings);
  }
  return { json: out, messages: formatDiagnostics(findings.map((f) => toDiagnostic("input.txt", f))) };
}

for (const name of fixtureNames("table-")) {
  test(`golden ${name}`, () => {
    const actual = actualFor(inputOf(name));
    expectGolden(actual.json, fixturePath(name, "expected.json"));
    expectGolden(actual.messages, fixturePath(name, "expected.messages.txt"));
  });

  test(`golden ${name}: every character of the claimed lines is accounted for`, () => {
    const lines = inputOf(name);
    const table = parseTableAt(
      contextFor(lines),
      lines.findIndex((l) => l.text.trim() !== ""),
    );
    assert.deepEqual(unaccountedChars(lines, table), []);
  });

  test(`golden ${name}: the same table aligned with spaces reads the same`, (t) => {
    const lines = inputOf(name);
    if (!lines.some((l) => l.text.includes("\t"))) return void t.skip("no tabs");
    const caption = lines.findIndex((l) => l.text.trim() !== "");
    const table = parseTableAt(contextFor(lines), caption);
    const aligned = parseTableAt(contextFor(toAlignedLayout(lines, 0, lines.length - 1)), caption);
    assert.deepEqual(visible(aligned), visible(table));
  });
}
