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

/** The rows of a bundled table, by report prefix and number. */
async function table(prefix: string, number: string) {
  const t = (await report(prefix)).tables.find((x) => x.number === number);
  assert.ok(t, `${prefix} 表${number}`);
  return t;
}

test("every table: printed and values parallel to rows; a filled cell is blank as printed; merges inside the grid", () => {
  for (const r of reports) {
    for (const t of r.tables) {
      const where = `${r.id} ${t.id}`;
      assert.equal(t.printed.length, t.rows.length, where);
      assert.equal(t.values.length, t.rows.length, where);
      t.values.forEach((row, i) => assert.equal(row.length, t.rows[i]?.length, `${where} values row ${i}`));
      for (const m of t.merges.filter((x) => x.part === "body")) {
        assert.ok(m.row + m.rows <= t.rows.length && m.column < t.columns.length, `${where} merge`);
        for (let k = m.row + 1; k < m.row + m.rows; k++) {
          assert.equal(t.rows[k]?.[m.column], t.rows[m.row]?.[m.column], `${where} row ${k} carries the label`);
        }
      }
    }
  }
});

test("000 表1-2-1/1-2-2/1-2-3: 学校名称 printed once per school is in every row (lines 483, 486–488)", async () => {
  const t = await table("000_", "1-2-1");
  assert.equal(t.printed[1]?.[1], "", "line 483 prints no school");
  assert.deepEqual(t.rows[1]?.slice(0, 4), ["2", "北京市商业学校", "公共管理与服务大类", "智慧健康养老服务"]);
  assert.deepEqual(
    t.rows.slice(3, 7).map((r) => r[1]),
    ["北京商贸学校", "北京商贸学校", "北京商贸学校", "北京商贸学校"],
  );
  assert.deepEqual(
    t.merges.find((m) => m.part === "body" && m.row === 3),
    {
      part: "body",
      row: 3,
      column: 1,
      rows: 4,
      columns: 1,
    },
  );
  assert.equal(t.rows.filter((r) => r[1] === "").length, 0, "no row of 1-2-1 is left without a school");
  for (const n of ["1-2-2", "1-2-3"]) {
    const u = await table("000_", n);
    assert.ok(
      u.printed.some((r) => r[1] === ""),
      `${n} prints blanks`,
    );
    assert.equal(u.rows.filter((r) => r[1] === "").length, 0, `${n}: every row names its school`);
  }
  assert.equal((await table("000_", "1-2-3")).rows[1]?.[1], "北京国际职业教育学校");
});

test("000 表6-5-1: 奖项 carried down to every winner (一等奖 ×15, 二等奖 ×10; line 2153 is 一等奖)", async () => {
  const t = await table("000_", "6-5-1");
  assert.deepEqual(t.rows[1], ["杨轶", "北京市商业学校", "一等奖"]);
  const count = (award: string) => t.rows.filter((r) => r[2] === award).length;
  assert.deepEqual([count("一等奖"), count("二等奖")], [15, 10]);
  assert.equal(t.rows.filter((r) => r[2] === "").length, 0);
});

test("003 表5-1: 中方院校, 合作国家 and 外方院校 filled within their groups (lines 1124–1126, 1131)", async () => {
  const t = await table("003_", "5-1");
  assert.deepEqual(t.rows[4]?.slice(0, 5), ["5", "北京财贸职业学院", "英国", "北安普顿大学", "会计"]);
  assert.deepEqual(t.rows[2]?.slice(1, 3), ["北京财贸职业学院", "新西兰"]);
  assert.deepEqual(t.rows[7]?.slice(1, 4), ["北京社会管理职业学院", "日本", "群马医疗福祉大学"]);
  assert.deepEqual(t.printed[4]?.slice(1, 4), ["", "", ""]);
});

test("003 表3-3: 试点单位 and 合作单位 filled, 序号 and the 总计 row left blank (lines 760, 789)", async () => {
  const t = await table("003_", "3-3");
  assert.deepEqual(t.rows[1], [
    "",
    "北京交通运输职业学院",
    "城市轨道交通车辆技术",
    "北京市地铁运营有限公司",
    "30",
    "30",
  ]);
  assert.deepEqual(t.rows.at(-1), ["总计", "", "", "", "868", "790"]);
  assert.deepEqual(t.values.at(-1)?.slice(4), [
    { number: 868, unit: null, footnote: null },
    { number: 790, unit: null, footnote: null },
  ]);
});

test("003 表6-1: the 其中 block printed one column right is put back (lines 1348–1351)", async () => {
  const t = await table("003_", "6-1");
  assert.deepEqual(t.printed[5], ["", "其中", "技术技能培训服务", "人日", "700396"]);
  assert.deepEqual(t.rows[5], ["", "其中：技术技能培训服务", "人日", "700396", ""]);
  assert.deepEqual(t.rows[8], ["", "其中：基层社会服务人员培训服务", "人日", "54424", ""]);
  assert.deepEqual(t.values[5]?.[3], { number: 700396, unit: "人日", footnote: null });
  assert.deepEqual(t.values[9]?.[4], { number: 8403.16, unit: "万元", footnote: null });
  const notes = (await report("003_")).diagnostics.filter((d) => d.ruleId === "table-row-shift-repaired");
  assert.deepEqual(
    notes.map((d) => d.line),
    [1348],
  );
});

test("typed values: 9009⁶ keeps its footnote, 60.58% and the 单位 column give units, 92．1 reads 92.1, — is no value", async () => {
  const t36 = await table("003_", "3-6");
  assert.deepEqual(t36.values[0]?.[4], { number: 9009, unit: "人", footnote: "⁶" });
  assert.deepEqual(t36.values[4]?.[4], { number: 60.58, unit: "%", footnote: null });
  assert.deepEqual(t36.values[4]?.[3], { number: 74.85, unit: "%", footnote: null });
  assert.equal(t36.values[11]?.[3], null, "— is no value");
  const t25 = await table("003_", "2-5");
  assert.deepEqual(t25.values[0]?.[3], { number: 821.16, unit: "万元", footnote: null }, "奖助金额（万元）");
  const t21 = await table("004_", "2-1");
  assert.deepEqual(t21.values[0]?.[2], { number: 92.1, unit: "%", footnote: null }, "比例（%）, full-width point");
  assert.equal(t21.rows[0]?.[2], "92．1", "the cell itself stays as printed");
});
