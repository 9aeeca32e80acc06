import assert from "node:assert/strict";
import { test } from "node:test";

import { claimNotes } from "../../../../src/parse/table/note.ts";
import type { ScanContext } from "../../../../src/parse/types.ts";

function ctx(texts: string[]): ScanContext {
  const lines = texts.map((text, i) => ({ no: i + 1, text }));
  return { lines, isBoundary: (i) => (lines[i]?.text ?? "").startsWith("【案例") };
}

test("claimNotes follows a source note cut over a page break", () => {
  const c = ctx([
    "",
    "数据来源：《北京市教育委员会关于公布 2024 年北京市中等职业教育新增专业备案名单的",
    "",
    "通知》，京教函[2024]113号。",
    "",
    "【案例 1-2-1】标题",
  ]);
  const note = claimNotes(c, 0);
  assert.deepEqual(note?.indexes, [1, 3]);
  assert.equal(
    note?.text,
    "数据来源：《北京市教育委员会关于公布 2024 年北京市中等职业教育新增专业备案名单的通知》，京教函[2024]113号。",
  );
});

test("claimNotes claims footnotes and stops at prose and boundaries", () => {
  assert.equal(
    claimNotes(ctx(["", "⁷ 共有 10 所高职院校非学历培训到款额数值缺失", "", "七、问题与对策"]), 0)?.indexes.length,
    1,
  );
  assert.equal(claimNotes(ctx(["", "如图所示：2020-2021 学年度，全区招生规模增幅达 52%。"]), 0), null);
});
