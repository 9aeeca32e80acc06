// A header printed one cell per line never loses a word: a bracketed unit on the last header line
// (`（人）`) is glued to the cell above, so it is no row label; header words that fit no column get one.
import assert from "node:assert/strict";
import { test } from "node:test";

import { parseBody } from "../../../../src/parse/table/body.ts";
import { readTokenHeader } from "../../../../src/parse/table/tokens.ts";
import { type Random, seeded } from "../../../../src/pipeline/fuzz/random.ts";
import { contextFor } from "../../../helpers/table-corpus.ts";
import { unaccountedChars } from "../../../helpers/table-layouts.ts";

/** The non-space characters of some texts, sorted: equal when no character was lost or added. */
function charsOf(texts: readonly string[]): string {
  return [...texts.join("").replace(/\s/g, "")].sort().join("");
}

test("readTokenHeader keeps a unit on the last header line with its cell, not as a row label", () => {
  // Two cells broken over lines, each with its unit on a line of its own; more words than columns.
  const lines = [["年级"], ["男生"], ["人数"], ["（人）"], ["女生"], ["人数"], ["（人）"]];
  const head = readTokenHeader(lines, 3);
  assert.equal(head.rowLabel, null);
  assert.equal(charsOf(head.rows.flat()), charsOf(lines.flat()));
});

test("readTokenHeader still takes a plain lone word above the data as the row label", () => {
  const lines = [["项目"], ["第一期"], ["（万元）"], ["第二期"], ["（万元）"], ["合计"], ["学校名称"]];
  const head = readTokenHeader(lines, 3);
  assert.equal(head.rowLabel, "学校名称");
  assert.equal(charsOf([...head.rows.flat(), head.rowLabel ?? ""]), charsOf(lines.flat()));
});

/** Numbered source lines. */
function lines(texts: readonly string[]): { no: number; text: string }[] {
  return texts.map((text, i) => ({ no: i + 1, text }));
}

/** A small table with a one-cell-per-line header; `header` replaces its header lines. */
function table(header: readonly string[]): string[] {
  return ["表 3-2 各专业教师情况", ...header, "数控技术 40 30 10", "会计 25 20 5", "", "一、下一节"];
}

const HEADER = ["指标 合计", "专任教师", "（人）", "兼职教师", "（人）"];

test("a one-cell-per-line header is read into one name per column", () => {
  const t = parseBody(contextFor(lines(table(HEADER))), 1, "3-2");
  assert.deepEqual(t.columns, ["指标", "合计", "专任教师（人）", "兼职教师（人）"]);
  assert.deepEqual(t.findings, []);
});

test("a duplicated header line loses no word: the surplus keeps a column and the table is flagged", () => {
  // A converter printed the first header line twice: six header words for four data columns.
  const text = lines(table([HEADER[0] ?? "", ...HEADER]));
  const t = parseBody(contextFor(text), 1, "3-2");
  assert.deepEqual(unaccountedChars(text, t), []);
  assert.ok(t.columns.join("").includes("兼职教师（人）"));
  const width = t.columns.length;
  assert.ok(width > 4);
  assert.ok(
    [...t.header, ...t.rows].every((r) => r.length === width),
    "header and rows as wide as the columns",
  );
  assert.deepEqual(
    t.findings.map((f) => f.ruleId),
    ["table-row-width"],
  );
});

const WORDS = ["序号", "学校", "人数", "比例", "合计", "专业名称", "3+2", "A类"];
const UNITS = ["（人）", "（%）", "（万元）", "(个)"];

/** A random header: lines of one to three words, some of them a bracketed unit alone. */
function randomHeader(rng: Random): string[][] {
  return Array.from({ length: 1 + rng.int(12) }, () => {
    if (rng.next() < 0.3) return [rng.pick(UNITS)];
    return Array.from({ length: 1 + (rng.next() < 0.7 ? 0 : rng.int(3)) }, () => rng.pick(WORDS));
  });
}

test("readTokenHeader puts every header word somewhere, whatever the lines and the width", () => {
  const rng = seeded(11);
  for (let k = 0; k < 2000; k++) {
    const header = randomHeader(rng);
    const width = 1 + rng.int(8);
    const head = readTokenHeader(header, width);
    const out = [...head.rows.flat(), head.rowLabel ?? ""];
    assert.equal(charsOf(out), charsOf(header.flat()), `lost words of ${JSON.stringify(header)} at width ${width}`);
  }
});
