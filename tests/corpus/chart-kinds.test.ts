import assert from "node:assert/strict";
import { test } from "node:test";

import { decideChart } from "../../src/render/charts/decide.ts";
import { report } from "../helpers/parsed-corpus.ts";

/**
 * Hand-checked kinds for every table of the bundled reports (null: no chart). Read from the tables
 * themselves; see the comments for why each is what it is.
 */
const EXPECTED: Record<string, Record<string, string | null>> = {
  "000": {
    "1-2-1": "counts", // new specialties per 专业大类
    "1-2-2": "counts", // removed specialties per 所属专业大类
    "1-2-3": "counts", // monitored specialties per 等级 (结论 has only 2 values)
    "1-3-1": null, // list; 教育层次 has only 2 values
    "1-5-1": null, // pairs of schools and specialties
    "1-5-2": "bars", // 人数 per 专业; 合计 row left out
    "1-10-1": "bars", // 2024 年 (%) per 指标; 调查人数 (人) left out
    "6-5-1": "counts", // entries per 奖项 once its merged cells are filled (15/10/44/7 = 76 rows)
  },
  "002": {
    "1": "panels", // years in rows; 招生/毕业生 (hundreds) and 培训 (tens of thousands) need their own axes
    "2": null, // one row, mixed units
    "3": null, // text
    "4": null, // one row key/value
    "5": "panels", // years in rows; %, 元 and 人 columns each in their own panel
    "6": "bars", // 数量 per 重点产业
  },
  "003": {
    "2-1": null, // name list
    "2-2": "panels", // 2019 vs 2020 for 13 indicators, each row with its 单位
    "2-3": "bars", // 合计 per school
    "2-4": "bars", // 合计 per school
    "2-5": "bars", // 奖助人数 per 项目种类
    "3-1": null,
    "3-2": null, // name list
    "3-3": null, // no column names each row once
    "3-4": null,
    "3-5": null,
    "3-6": "panels", // indicator rows with a 单位 column
    "4-1": "panels", // indicator rows with a 单位 column ("—" rows have no panel)
    "5-1": "counts", // per 类别
    "5-2": "panels", // 人日 182986 beside 个 5: one axis cannot hold them
    "6-1": "panels", // indicator rows with a 单位 column; the shifted 其中 rows are put back
  },
  "004": {
    "1-1": "panels", // three years 2020–2022 in rows, one measure; change row left out
    "1-2": "bars", // 专任教师 holds the other two columns in every row: the whole alone; 总计 left out
    "2-1": "stacked-100", // 满意/一般/不满意 per satisfaction question
    "3-1": null,
    "7-1": null, // one row, 人 and 元
    "7-2": null, // one row key/value
  },
};

for (const [prefix, expected] of Object.entries(EXPECTED)) {
  test(`chart kinds of every table of report ${prefix}`, async () => {
    const tables = (await report(prefix)).tables;
    const got = Object.fromEntries(tables.map((t) => [t.number, decideChart(t).kind]));
    assert.deepEqual(got, expected);
  });
}

test("left-out rows and columns are said in the plan of real tables", async () => {
  const byNumber = async (prefix: string, number: string) => {
    const table = (await report(prefix)).tables.find((t) => t.number === number);
    assert.ok(table, `${prefix} 表${number}`);
    return decideChart(table);
  };
  const t41 = await byNumber("004", "1-1");
  assert.ok(t41.kind !== null);
  assert.deepEqual(t41.leftOut, ["2022年相对2021年变化情况行（合计或变化）未绘出"]);
  assert.deepEqual(
    t41.data.map((d) => `${d.label}=${d.value}`),
    ["2020=277", "2021=195", "2022=253"],
  );
  // Every measure keeps its own unit in its panel: nothing is left out for its unit any more.
  const t5 = await byNumber("002", "5");
  assert.ok(t5.kind !== null);
  assert.deepEqual(
    [...new Set(t5.data.map((d) => `${d.series}（${d.unit}）`))],
    ["对口就业率（%）", "初次就业起薪（）", "升入高等院校比例（%）", "升入本科院校数量（人）", "自主创业（%）"],
  );
  assert.deepEqual(t5.leftOut, []);
  // Parts keep their place under the whole in a bar chart of one series.
  const t1101 = await byNumber("000", "1-10-1");
  assert.ok(t1101.kind === "bars" && t1101.ordinal === true);
  // Grades are a scale: A+ … C- in grade order.
  const t123 = await byNumber("000", "1-2-3");
  assert.ok(t123.kind === "counts" && t123.ordinal === true);
  assert.deepEqual(
    t123.data.map((d) => d.label),
    ["A+", "A", "A-", "B+", "B", "B-", "C+", "C", "C-"],
  );
});
