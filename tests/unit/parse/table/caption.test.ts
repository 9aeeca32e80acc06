import assert from "node:assert/strict";
import { test } from "node:test";

import { matchTableCaption } from "../../../../src/parse/table/index.ts";

test("matchTableCaption reads the number and title of caption variants", () => {
  assert.deepEqual(matchTableCaption("表 1-2-1 2024 年北京市新增专业"), {
    number: "1-2-1",
    caption: "2024 年北京市新增专业",
  });
  assert.deepEqual(matchTableCaption("表5 朝阳区统计表"), { number: "5", caption: "朝阳区统计表" });
  assert.equal(matchTableCaption(" 表2-1 北京国际职业教育学校问卷 ")?.number, "2-1");
});

test("matchTableCaption drops a footnote marker from the caption", () => {
  assert.equal(matchTableCaption("表 6-1 科研与社会服务表⁷")?.caption, "科研与社会服务表");
});

test("matchTableCaption rejects prose that mentions a table", () => {
  assert.equal(matchTableCaption("表 5-1 所示，合作办学稳步发展"), null);
  assert.equal(matchTableCaption("如表 5-1 所示"), null);
});
