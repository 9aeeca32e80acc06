import assert from "node:assert/strict";
import { test } from "node:test";

import { changesText, describeChanges, updateText, versionChanges } from "../../../../src/site/history/changes.ts";
import { SHA_A, SHA_B, versionOf } from "./helpers.ts";

const before = versionOf(
  "r",
  SHA_A,
  "2026-01-01",
  [
    ["1-1", "招生"],
    ["3-2", "名单"],
  ],
  [["2-1", "旧案例"]],
);

test("a removed table, an added case and a retitled table are found by URL, in kind order", () => {
  const after = versionOf(
    "r",
    SHA_B,
    "2026-12-03",
    [["1-1", "招生人数"]],
    [
      ["2-1", "旧案例"],
      ["6-6", "新案例"],
    ],
  );
  const changes = versionChanges(before, after);
  assert.deepEqual(
    changes.map((c) => [c.kind, c.action, c.label, c.title]),
    [
      ["table", "retitled", "表1-1", "招生人数"],
      ["table", "removed", "表3-2", "名单"],
      ["case", "added", "案例6-6", "新案例"],
    ],
  );
  assert.deepEqual(describeChanges(changes), ["新增案例6-6", "删除表3-2", "表1-1标题改为“招生人数”"]);
  assert.equal(
    updateText("2026-12-03", describeChanges(changes)),
    "更新于 2026-12-03：新增案例6-6；删除表3-2；表1-1标题改为“招生人数”",
  );
});

test("several items of one action share a phrase; figures are compared too", () => {
  const withFigure = { ...before, figures: [{ number: "1-1", caption: "图", url: "/reports/r/#fig-1-1" }] };
  const after = versionOf(
    "r",
    SHA_B,
    "2026-12-03",
    [
      ["1-1", "招生"],
      ["3-2", "名单"],
      ["3-3", "新表"],
    ],
    [
      ["2-1", "旧案例"],
      ["2-2", "又一案例"],
    ],
  );
  assert.deepEqual(describeChanges(versionChanges(withFigure, after)), ["新增表3-3、案例2-2", "删除图1-1"]);
});

test("an unnumbered case is named by its title, a retitled one by its old title", () => {
  const a = { ...before, cases: [{ number: null, title: "甲", url: "/reports/r/cases/u1/" }] };
  const b = { ...before, cases: [{ number: null, title: "乙", url: "/reports/r/cases/u1/" }] };
  assert.deepEqual(describeChanges(versionChanges(a, b)), ["案例“甲”标题改为“乙”"]);
});

test("a correction of the running text alone lists nothing and says so", () => {
  const same = { ...before, sha256: SHA_B };
  assert.deepEqual(versionChanges(before, same), []);
  assert.equal(changesText([]), "正文有修订，表、案例和图未变");
});
