import assert from "node:assert/strict";
import { test } from "node:test";

import { headerCells } from "../../../../src/parse/table/header-spans.ts";

const cell = (text: string, colSpan = 1, rowSpan = 1) => ({ text, colSpan, rowSpan });

test("a one-row header stays as it is", () => {
  assert.deepEqual(headerCells([["a", "b"]]), [[cell("a"), cell("b")]]);
});

test("repeated group names merge across, repeated or empty cells below merge down", () => {
  assert.deepEqual(
    headerCells([
      ["专业", "2023年", "2023年", "2024年"],
      ["", "人数", "占比", "人数"],
    ]),
    [
      [cell("专业", 1, 2), cell("2023年", 2), cell("2024年")],
      [cell("人数"), cell("占比"), cell("人数")],
    ],
  );
});

test("equal neighbours under different groups do not merge; empty cells never merge", () => {
  assert.deepEqual(
    headerCells([
      ["A", "A", "B", "B"],
      ["x", "x", "x", ""],
    ]),
    [
      [cell("A", 2), cell("B", 2)],
      [cell("x", 2), cell("x"), cell("")],
    ],
  );
  assert.deepEqual(headerCells([["", ""]]), [[cell(""), cell("")]]);
});

test("ragged rows are read as padded with empty cells", () => {
  assert.deepEqual(headerCells([["a", "b"], ["c"]]), [[cell("a"), cell("b", 1, 2)], [cell("c")]]);
});

test("a group label printed once over blank cells spans its columns (表 2-3 高教主赛道 over 一/二/三等奖)", () => {
  const rows = headerCells([
    ["序号", "高教主赛道", "", "", "合计"],
    ["", "一等奖", "二等奖", "三等奖", ""],
  ]);
  assert.deepEqual(
    rows[0]?.map((c) => [c.text, c.colSpan, c.rowSpan]),
    [
      ["序号", 1, 2],
      ["高教主赛道", 3, 1],
      ["合计", 1, 2],
    ],
  );
  assert.deepEqual(
    rows[1]?.map((c) => c.text),
    ["一等奖", "二等奖", "三等奖"],
  );
});
