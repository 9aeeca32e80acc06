import assert from "node:assert/strict";
import { test } from "node:test";

import { isNoteStart, isProse, isSeparatorLine } from "../../../../src/parse/table/line-kind.ts";

test("isNoteStart recognises source notes and footnotes", () => {
  for (const t of [
    "数据来源：教育部平台",
    "资料来源：《通知》",
    "数据说明：本表数据",
    "注：不含",
    "⁷ 共有 10 所",
    "① 资料来源",
  ]) {
    assert.ok(isNoteStart(t), t);
  }
  assert.ok(!isNoteStart("数据显示，就业率较高。"));
});

test("isProse tells running text from rows", () => {
  assert.ok(isProse("朝阳区现有实训基地 22 个，包含实训室（场地）236 个。"));
  assert.ok(!isProse("1\t北京市商业学校\t黄牌，限期整改"));
  assert.ok(!isProse("72  北京市通州区培智学校  黄牌，限期整改  C-"));
  assert.ok(!isProse("2022年相对2021年变化情况 增加58人"));
  assert.ok(!isProse("（其中思政课教师11人）"));
});

test("isSeparatorLine matches markdown separator remnants only", () => {
  assert.ok(isSeparatorLine(["---", "-------", "---", ""]));
  assert.ok(!isSeparatorLine(["—", "—"]));
  assert.ok(!isSeparatorLine(["", ""]));
});
