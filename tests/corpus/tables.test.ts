// Table invariants over every bundled report, and cells checked by hand against the source lines.
import assert from "node:assert/strict";
import { test } from "node:test";

import { corpus, report } from "../helpers/parsed-corpus.ts";

const { reports } = await corpus();

test("every table: header rows and data rows as wide as the columns, one source line per row", () => {
  for (const r of reports) {
    for (const t of r.tables) {
      const where = `${r.id} ${t.id}`;
      assert.equal(t.hasBody, t.rows.length > 0, where);
      for (const h of t.header) assert.equal(h.length, t.columns.length, `${where} header`);
      for (const row of t.rows) assert.equal(row.length, t.columns.length, `${where} row ${row.join("|")}`);
      assert.equal(t.rowLines.length, t.rows.length, where);
    }
  }
});

test("every table of the bundled reports has a body, with the row counts of the notes", () => {
  const rows = (prefix: string) =>
    reports.find((r) => r.source.file.startsWith(prefix))?.tables.map((t) => t.rows.length);
  assert.deepEqual(rows("000_"), [54, 156, 100, 32, 75, 11, 11, 76]);
  assert.deepEqual(rows("002_"), [3, 1, 3, 1, 2, 6]);
  assert.deepEqual(rows("003_"), [14, 14, 20, 9, 7, 16, 29, 27, 5, 25, 12, 12, 13, 8, 10]);
  assert.deepEqual(rows("004_"), [4, 6, 3, 4, 1, 1]);
});

test("a cell wrapped onto a continuation line, with the last character repeated (000 lines 493/495)", async () => {
  const t = (await report("000_")).tables.find((x) => x.number === "1-2-1");
  assert.deepEqual(t?.rows[11], ["12", "北京国际职业教育学校", "医药卫生大类", "婴幼儿托育", "720803", "3", ""]);
  assert.equal(t?.rowLines[11], 493);
  assert.deepEqual(t?.rows[30]?.slice(1, 3), ["北京市昌平区特殊儿童教育学校", "农林牧渔大类"], "农林牧渔大 + 类");
});

test("a row continued after a page break is merged (002 表6 居住服务 has its 6 specialties)", async () => {
  const t = (await report("002_")).tables.find((x) => x.number === "6");
  assert.equal(t?.rows.length, 6);
  assert.equal(t?.rows[5]?.[0], "居住服务");
  assert.equal(t?.rows[5]?.[2]?.split(" ").length, 6);
  assert.equal(t?.rows[5]?.[3], "6");
});

test("a two-row header repeated after a page break is flattened once (003 表 2-3)", async () => {
  const t = (await report("003_")).tables.find((x) => x.number === "2-3");
  assert.equal(t?.columns.length, 14);
  assert.equal(t?.columns[10], "职教赛道/三等奖");
  assert.equal(t?.header.length, 2);
  assert.deepEqual(t?.rows.at(-1), ["总计", "", "", "", "14", "", "", "5", "25", "49", "184", "275", "35", ""]);
});

test("a displaced body with a one-cell-per-line two-level header (004 表2-1)", async () => {
  const t = (await report("004_")).tables.find((x) => x.number === "2-1");
  assert.equal(t?.line, 254);
  assert.deepEqual(t?.bodyLines, [298, 352]);
  assert.equal(t?.columns[2], "课堂教学满意度/比例（%）");
  assert.deepEqual(t?.rows[0]?.slice(0, 3), ["满意", "453", "92．1"], "the full-width decimal point kept as printed");
});
