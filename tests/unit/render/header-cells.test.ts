import assert from "node:assert/strict";
import { test } from "node:test";
import { headerCells } from "../../../src/render/narrative/hast/header-cells.ts";

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
