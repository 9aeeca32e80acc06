import assert from "node:assert/strict";
import { test } from "node:test";

import { artefactKind } from "../../../../src/parse/blocks/artefact.ts";
import { matchCaseMarker } from "../../../../src/parse/blocks/case.ts";
import { matchFigureCaption } from "../../../../src/parse/blocks/figure.ts";

test("case markers in every style; prose mentioning 案例 is not a marker", () => {
  assert.deepEqual(matchCaseMarker("【案例 2-1】标题"), { label: "案例", number: "2-1", title: "标题" });
  assert.deepEqual(matchCaseMarker("【案例2-1】标题 "), { label: "案例", number: "2-1", title: "标题" });
  assert.deepEqual(matchCaseMarker("案例 3-3 推进试点"), { label: "案例", number: "3-3", title: "推进试点" });
  assert.deepEqual(matchCaseMarker("【案例分享】北京市优秀学生"), {
    label: "案例分享",
    number: null,
    title: "北京市优秀学生",
  });
  assert.deepEqual(matchCaseMarker("【案例分享 1-8-2】标题"), { label: "案例分享", number: "1-8-2", title: "标题" });
  assert.deepEqual(matchCaseMarker("【典型 6-1-3】标题"), { label: "典型", number: "6-1-3", title: "标题" });
  assert.deepEqual(matchCaseMarker("案例3：校企共建"), { label: "案例", number: "3", title: "校企共建" });
  assert.equal(matchCaseMarker("案例教学是重要方法"), null);
  assert.equal(matchCaseMarker("案例1个，覆盖全区"), null);
  assert.equal(matchCaseMarker("【图 5-1-4】学生作品"), null);
});

test("figure captions, bracketed or with a colon; prose references are not captions", () => {
  assert.deepEqual(matchFigureCaption("图 1-1-4：北京中轴线研学"), { number: "1-1-4", caption: "北京中轴线研学" });
  assert.deepEqual(matchFigureCaption("图1-4-1 课堂"), { number: "1-4-1", caption: "课堂" });
  assert.deepEqual(matchFigureCaption("【图 5-1-4】学生作品"), { number: "5-1-4", caption: "学生作品" });
  assert.deepEqual(matchFigureCaption("图 1-9-3 中央芭蕾舞团舞蹈学校"), {
    number: "1-9-3",
    caption: "中央芭蕾舞团舞蹈学校",
  });
  assert.equal(matchFigureCaption("图 2-1 所示，招生稳定"), null);
  assert.equal(matchFigureCaption("图书馆藏书 20 万册"), null);
});

test("page furniture: whitespace, stray page numbers, markdown separators", () => {
  assert.equal(artefactKind("   "), "whitespace");
  assert.equal(artefactKind("4"), "page-number");
  assert.equal(artefactKind("- 12 -"), "page-number");
  assert.equal(artefactKind("第 3 页"), "page-number");
  assert.equal(artefactKind("---\t-------\t---"), "separator");
  assert.equal(artefactKind("2024"), null, "a year alone is not a page number");
  assert.equal(artefactKind("正文"), null);
});
