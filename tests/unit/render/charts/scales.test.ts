import assert from "node:assert/strict";
import { test } from "node:test";

import { scaleOrder } from "../../../../src/render/charts/scales.ts";

test("categories on one scale come back in its order; anything else has none", () => {
  assert.deepEqual(scaleOrder(["C", "B+", "A-", "A+", "C-", "A"]), ["A+", "A", "A-", "B+", "C", "C-"]);
  assert.deepEqual(scaleOrder(["副高级", "中级", "初级", "正高级"]), ["正高级", "副高级", "中级", "初级"]);
  assert.deepEqual(scaleOrder(["三等奖", "一等奖", "二等奖"]), ["一等奖", "二等奖", "三等奖"]);
  assert.equal(scaleOrder(["正高级", "女"]), null, "a label off the scale");
  assert.equal(scaleOrder(["旅游大类", "财经商贸大类"]), null);
  assert.equal(scaleOrder(["A"]), null, "one label is no order");
});
