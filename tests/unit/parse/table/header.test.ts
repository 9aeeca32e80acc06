import assert from "node:assert/strict";
import { test } from "node:test";

import { flattenHeader, headerWidth, isSubHeaderRow } from "../../../../src/parse/table/header.ts";

const top = ["序号", "学校名称", "奖项", "", "", "合计", "优秀组织奖"];
const sub = ["", "", "一等奖", "二等奖", "三等奖", "", ""];

test("isSubHeaderRow accepts sub-labels under a spanning group only", () => {
  assert.ok(isSubHeaderRow(top, sub));
  assert.ok(!isSubHeaderRow(top, ["1", "北京财贸职业学院", "2", "1", "", "3", "是"]));
  assert.ok(!isSubHeaderRow(["序号", "指标", "单位"], ["", "其中：就业人数", "人"]));
  assert.ok(!isSubHeaderRow(["指标", "", "单位", "2019 年"], ["1", "国（境）外人员培训量", "人日", "182986"]));
});

test("flattenHeader names columns group/sub", () => {
  assert.deepEqual(flattenHeader([top, sub], 7), [
    "序号",
    "学校名称",
    "奖项/一等奖",
    "奖项/二等奖",
    "奖项/三等奖",
    "合计",
    "优秀组织奖",
  ]);
  assert.deepEqual(flattenHeader([["a", "b"]], 3), ["a", "b", ""]);
});

test("headerWidth ignores trailing empty header cells", () => {
  assert.equal(
    headerWidth([
      ["序号", "试点人数", ""],
      ["", "第一年", "第二年"],
    ]),
    3,
  );
  assert.equal(headerWidth([["序号", "学制", ""]]), 2);
});
