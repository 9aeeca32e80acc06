/**
 * Golden tests: tests/fixtures/table-<quirk>/input.txt → expected.json (hand-checked).
 * The first non-blank line of input.txt is the caption. On a mismatch the test writes
 * actual-changed.json beside the expectation (gitignored) and fails; a missing expected.json fails.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { test } from "node:test";
import { isDeepStrictEqual } from "node:util";
import { fileURLToPath } from "node:url";
import { splitLines, type SourceLine } from "../../../../src/ingest/lines.ts";
import { claimDisplacedBody, fillMergedCells, parseTableAt } from "../../../../src/parse/table/index.ts";
import type { ParsedTable } from "../../../../src/parse/types.ts";
import { contextFor } from "./corpus-helpers.ts";
import { toAlignedLayout, unaccountedChars } from "./layout-helpers.ts";

const FIXTURES = fileURLToPath(new URL("../../../fixtures/", import.meta.url));

/** What a golden pins down: the reader-visible content of a table. */
function visible(t: ParsedTable | null): object | null {
  return t && { header: t.header, columns: t.columns, rows: t.rows, note: t.note };
}

/** The actual output for a fixture, in the shape of expected.json. */
function actualFor(lines: SourceLine[], expected: { displacedAt?: number; filled?: unknown }): Record<string, unknown> {
  const ctx = contextFor(lines);
  const table = parseTableAt(
    ctx,
    lines.findIndex((l) => l.text.trim() !== ""),
  );
  const out: Record<string, unknown> = { table: visible(table) };
  if (expected.filled !== undefined) out["filled"] = fillMergedCells(table.columns, table.rows);
  if (expected.displacedAt !== undefined) {
    out["displacedAt"] = expected.displacedAt;
    out["displaced"] = visible(claimDisplacedBody(ctx, expected.displacedAt - 1));
  }
  return out;
}

for (const name of readdirSync(FIXTURES).filter((n) => n.startsWith("table-"))) {
  test(`golden ${name}`, () => {
    const dir = `${FIXTURES}${name}/`;
    assert.ok(existsSync(`${dir}expected.json`), `${name}: expected.json is missing`);
    const expected = JSON.parse(readFileSync(`${dir}expected.json`, "utf8")) as Record<string, unknown>;
    const lines = splitLines(readFileSync(`${dir}input.txt`, "utf8"));
    const actual = actualFor(lines, expected);
    const changed = `${dir}actual-changed.json`;
    if (isDeepStrictEqual(actual, expected)) return void rmSync(changed, { force: true });
    writeFileSync(changed, `${JSON.stringify(actual, null, 2)}\n`);
    assert.fail(`${name}: output differs from expected.json; see actual-changed.json`);
  });

  test(`golden ${name}: every character of the claimed lines is accounted for`, () => {
    const lines = splitLines(readFileSync(`${FIXTURES}${name}/input.txt`, "utf8"));
    const table = parseTableAt(
      contextFor(lines),
      lines.findIndex((l) => l.text.trim() !== ""),
    );
    assert.deepEqual(unaccountedChars(lines, table), []);
  });

  test(`golden ${name}: the same table aligned with spaces reads the same`, (t) => {
    const lines = splitLines(readFileSync(`${FIXTURES}${name}/input.txt`, "utf8"));
    if (!lines.some((l) => l.text.includes("\t"))) return void t.skip("no tabs");
    const caption = lines.findIndex((l) => l.text.trim() !== "");
    const table = parseTableAt(contextFor(lines), caption);
    const aligned = parseTableAt(contextFor(toAlignedLayout(lines, 0, lines.length - 1)), caption);
    assert.deepEqual(visible(aligned), visible(table));
  });
}
