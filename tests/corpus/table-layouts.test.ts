/**
 * The four corpus reports: every table caption outside the TOCs is parsed and checked
 * against the hand-made notes (tests/corpus/*.notes.md) and cells read off the text.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import type { SourceLine } from "../../src/ingest/lines.ts";
import { claimDisplacedBody, matchTableCaption, parseTableAt } from "../../src/parse/table/index.ts";
import type { ParsedTable } from "../../src/parse/types.ts";
import { captionIndexes, contextFor, loadReport } from "../helpers/table-corpus.ts";
import { toAlignedLayout, unaccountedChars } from "../helpers/table-layouts.ts";

/** Expected shape of one table: columns, data rows, and cells [row, column, value] (0-based). */
interface Expect {
  cols: number;
  rows: number;
  cells?: [number, number, string][];
  note?: RegExp;
}

const REPORTS: Record<string, Record<string, Expect>> = {
  "000_4d2d0ce24964ae60.txt": {
    "1-2-1": {
      cols: 7,
      rows: 54,
      note: /^数据来源：.*备案名单的通知》，京教函\[2024\]113号。$/,
      cells: [
        [11, 1, "北京国际职业教育学校"],
        [11, 2, "医药卫生大类"],
        [30, 1, "北京市昌平区特殊儿童教育学校"],
        [30, 2, "农林牧渔大类"],
        [2, 6, "新增学制"],
        [1, 1, ""],
      ],
    },
    "1-2-2": {
      cols: 6,
      rows: 156,
      cells: [
        [54, 2, "公共管理与服务大类"],
        [112, 1, "北京市西城职业学校 (实验校区)"],
        [149, 1, "北京铁路电气化学校"],
        [149, 3, "建筑智能化设备安装与运维"],
        [154, 2, "公共管理与服务大类"],
        [155, 1, "中国戏曲学院附属中等戏曲学校"],
      ],
    },
    "1-2-3": {
      cols: 6,
      rows: 100,
      cells: [
        [73, 1, "北京市延庆区第一职业"],
        [74, 1, "学校"],
        [99, 1, "中国戏曲学院附属中等戏曲学校"],
        [99, 4, "通过"],
        [99, 5, "C"],
        [71, 4, "黄牌，限期整改"],
      ],
    },
    "1-3-1": {
      cols: 5,
      rows: 32,
      note: /京教函〔2024〕31 号$/,
      cells: [
        [4, 0, "5"],
        [22, 1, "园林生态景观营造专业群教学资源库"],
        [30, 1, "高星级饭店运营与管理专业教学资源库"],
        [31, 4, "张侨"],
      ],
    },
    "1-5-1": {
      cols: 5,
      rows: 75,
      cells: [
        [31, 1, "北京市信息管理学校"],
        [31, 2, "移动应用技术与服务"],
        [71, 1, "北京市劲松职业高中"],
        [71, 2, "智慧健康养老服务"],
        [71, 3, "北京经济技术职业学院"],
        [71, 4, "智慧健康养老服务与管理"],
        [18, 1, "北京市顺义区人力资源和社会保障局技工学校"],
        [18, 2, "计算机应用（目录外）"],
      ],
    },
    "1-5-2": {
      cols: 7,
      rows: 11,
      cells: [
        [10, 0, "合计"],
        [10, 4, "315"],
        [10, 1, ""],
        [5, 6, "供应链管理"],
      ],
    },
    "1-10-1": {
      cols: 6,
      rows: 11,
      note: /^数据说明：/,
      cells: [
        [1, 0, ""],
        [1, 1, "其中：课堂育人满意度*"],
        [10, 4, "14464"],
      ],
    },
    "6-5-1": {
      cols: 3,
      rows: 76,
      note: /^资料来源：/,
      cells: [
        [0, 2, "一等奖"],
        [15, 2, "二等奖"],
        [25, 2, "三等奖"],
        [32, 1, "北京商贸学校"],
        [32, 2, ""],
        [69, 0, "庞志坤"],
        [69, 2, "优秀奖"],
        [75, 1, "北京国际美术学校"],
      ],
    },
  },
  "002_c07cee56016c1eeb.txt": {
    "1": {
      cols: 4,
      rows: 3,
      cells: [
        [2, 0, "增量"],
        [2, 2, "-383"],
      ],
    },
    "2": { cols: 6, rows: 1, cells: [[0, 5, "15411.4"]] },
    "3": {
      cols: 4,
      rows: 3,
      cells: [
        [0, 2, "大董餐饮文化学院 人民网融媒体工程师学院"],
        [1, 3, ""],
        [2, 3, ""],
      ],
    },
    "4": { cols: 5, rows: 1, cells: [[0, 0, "637"]] },
    "5": { cols: 6, rows: 2, cells: [[1, 2, "4105"]] },
    "6": {
      cols: 4,
      rows: 6,
      cells: [
        [5, 0, "居住服务"],
        [5, 1, "林业类 自动化类 建筑设备类 机电设备类"],
        [5, 3, "6"],
      ],
    },
  },
  "003_afe0fce556f47a39.txt": {
    "2-1": {
      cols: 5,
      rows: 14,
      cells: [
        [0, 1, "郭朝红 曹景龙"],
        [7, 1, "李田 王杰"],
      ],
    },
    "2-2": { cols: 5, rows: 14, cells: [[7, 4, "90.29"]] },
    "2-3": {
      cols: 14,
      rows: 20,
      cells: [
        [8, 0, "9"],
        [19, 0, "总计"],
        [19, 11, "275"],
        [14, 1, "北京社会管理职业学院 (民政部培训中心)"],
      ],
    },
    "2-4": {
      cols: 7,
      rows: 9,
      cells: [
        [0, 2, "2"],
        [8, 5, "18"],
      ],
    },
    "2-5": { cols: 4, rows: 7, cells: [[6, 2, "52450"]] },
    "3-1": { cols: 3, rows: 16, cells: [[15, 2, "数字财金专业群"]] },
    "3-2": {
      cols: 4,
      rows: 29,
      cells: [
        [0, 0, "1."],
        [20, 0, "21."],
        [20, 2, "张晋芳 LED 显示芯片技术技能工作室"],
      ],
    },
    "3-3": {
      cols: 6,
      rows: 27,
      cells: [
        [26, 0, "总计"],
        [26, 4, "868"],
        [1, 3, ""],
        [18, 4, "62"],
        [
          17,
          3,
          "北京首开寸草养老服务有限公司、泰康之家（北京）投资有限公司、三河市燕达金色年华健康养护中心、远洋养老运营管理有限公司",
        ],
      ],
    },
    "3-4": { cols: 3, rows: 5 },
    "3-5": {
      cols: 3,
      rows: 25,
      cells: [
        [1, 2, "云计算"],
        [1, 1, ""],
        [23, 1, "北京社会管理职业学院"],
      ],
    },
    "3-6": { cols: 5, rows: 12, cells: [[0, 4, "9009 ⁶"]] },
    "4-1": {
      cols: 5,
      rows: 12,
      cells: [
        [2, 0, "3"],
        [11, 1, "主要办学经费来源（单选）：省级（ ） 地市级（ ） 行业或企业（ ） 其他（ ）"],
      ],
    },
    "5-1": {
      cols: 6,
      rows: 13,
      note: /^数据来源：教育部/,
      cells: [
        [4, 4, "会计"],
        [5, 0, "6"],
      ],
    },
    "5-2": {
      cols: 5,
      rows: 8,
      cells: [
        [6, 0, ""],
        [6, 1, "国（境）外技能大赛获奖数量"],
        [7, 4, "5"],
      ],
    },
    "6-1": {
      cols: 5,
      rows: 10,
      note: /^⁷ 共有 10 所/,
      cells: [
        [9, 1, "非学历培训到款额"],
        [9, 2, "万元"],
        [9, 3, "53705.57"],
        [9, 4, "8403.16"],
        [5, 1, "其中"],
      ],
    },
  },
  "004_401551532fed79cb.txt": {
    "1-1": {
      cols: 2,
      rows: 4,
      cells: [
        [3, 0, "2022年相对2021年变化情况"],
        [3, 1, "增加58人"],
      ],
    },
    "1-2": {
      cols: 4,
      rows: 6,
      cells: [
        [0, 1, "313"],
        [1, 3, "83"],
        [5, 2, "6"],
      ],
    },
    "2-1": { cols: 0, rows: 0 },
    "3-1": {
      cols: 5,
      rows: 4,
      cells: [
        [0, 0, "专业名称"],
        [1, 4, "艺术设计与制作（国美）"],
        [3, 1, ""],
        [3, 2, "物业服务"],
        [3, 3, "绘画（特教）"],
        [3, 4, ""],
      ],
    },
    "7-1": { cols: 3, rows: 1, cells: [[0, 2, "316700"]] },
    "7-2": { cols: 3, rows: 1, cells: [[0, 2, "118"]] },
  },
};

/** Every table of a report by number. */
function tablesOf(lines: SourceLine[]): Map<string, { index: number; table: ParsedTable }> {
  const ctx = contextFor(lines);
  return new Map(
    captionIndexes(lines).map((i) => [
      matchTableCaption(lines[i]?.text ?? "")?.number ?? "",
      { index: i, table: parseTableAt(ctx, i) },
    ]),
  );
}

/** The lines with a blank line (and optionally the header again) inserted before line index `at`. */
function withBreak(lines: readonly SourceLine[], at: number, extra: string[]): SourceLine[] {
  const texts = [...lines.slice(0, at).map((l) => l.text), "", ...extra, ...lines.slice(at).map((l) => l.text)];
  return texts.map((text, i) => ({ no: i + 1, text }));
}

const visible = (t: ParsedTable) => ({ header: t.header, columns: t.columns, rows: t.rows, note: t.note });

for (const [file, expected] of Object.entries(REPORTS)) {
  describe(`corpus ${file}`, () => {
    const lines = loadReport(file);
    const tables = tablesOf(lines);

    test("finds exactly the tables of the notes", () => {
      assert.deepEqual([...tables.keys()].sort(), Object.keys(expected).sort());
    });

    for (const [number, want] of Object.entries(expected)) {
      test(`table ${number}: ${want.cols} columns, ${want.rows} rows, checked cells`, () => {
        const { table } = tables.get(number) ?? assert.fail(`table ${number} not found`);
        assert.equal(table.columns.length, want.cols);
        assert.equal(table.rows.length, want.rows);
        for (const row of [...table.header, ...table.rows]) assert.equal(row.length, want.cols);
        for (const [r, c, value] of want.cells ?? [])
          assert.equal(table.rows[r]?.[c], value, `row ${r + 1} column ${c + 1}`);
        if (want.note) assert.match(table.note ?? "", want.note);
      });
    }

    test("every non-space character of every claimed line is accounted for", () => {
      for (const [number, { table }] of tables) assert.deepEqual(unaccountedChars(lines, table), [], `table ${number}`);
    });

    test("a layout-aligned rendering of each tab table reads the same", () => {
      for (const [number, { index, table }] of tables) {
        if (!table.bodyLines || !(lines[table.bodyLines[0] - 1]?.text ?? "").includes("\t")) continue;
        const aligned = toAlignedLayout(lines, table.bodyLines[0] - 1, table.bodyLines[1] - 1);
        const again = parseTableAt(contextFor(aligned), index);
        assert.deepEqual(visible(again), visible(table), `table ${number}`);
        assert.equal(again.end, table.end, `table ${number}`);
      }
    });

    test("a page break (blank line, or blank line and header) between two rows changes nothing", () => {
      for (const [number, { index, table }] of tables) {
        if (!table.bodyLines || !(lines[table.bodyLines[0] - 1]?.text ?? "").includes("\t")) continue;
        const header = lines
          .slice(table.bodyLines[0] - 1, table.bodyLines[0] - 1 + table.header.length)
          .map((l) => l.text);
        const repeats = new Set(table.artefacts.filter((a) => a.kind === "repeated-header").map((a) => a.line));
        for (let at = table.bodyLines[0] + table.header.length; at < table.bodyLines[1]; at += 3) {
          if (
            repeats.has(at) ||
            repeats.has(at + 1) ||
            !lines[at]?.text.includes("\t") ||
            !lines[at - 1]?.text.includes("\t")
          )
            continue;
          for (const extra of [[], header]) {
            const again = parseTableAt(contextFor(withBreak(lines, at, extra)), index);
            assert.deepEqual(visible(again), visible(table), `table ${number}, break before line ${at + 1}`);
          }
        }
      }
    });
  });
}

describe("corpus 004_401551532fed79cb.txt displaced body", () => {
  const lines = loadReport("004_401551532fed79cb.txt");
  const ctx = contextFor(lines);

  test("the caption of 表2-1 has no body; its body is claimed at line 298", () => {
    assert.equal(parseTableAt(ctx, 253).findings[0]?.ruleId, "table-body-not-found");
    const body = claimDisplacedBody(ctx, 297, "2-1") ?? assert.fail("no body at 298");
    assert.deepEqual(body.bodyLines, [298, 352]);
    assert.equal(body.columns.length, 9);
    assert.equal(body.columns[1], "课堂教学满意度/数量（人）");
    assert.deepEqual(body.rows[0], ["满意", "453", "92．1", "448", "91.1", "448", "91.1", "462", "93.9"]);
    assert.equal(body.findings[0]?.ruleId, "table-body-displaced");
    assert.deepEqual(unaccountedChars(lines, body), []);
  });

  test("claimDisplacedBody refuses prose and headings", () => {
    for (const i of [251, 255, 257, 295]) assert.equal(claimDisplacedBody(ctx, i), null, `line ${i + 1}`);
  });
});
