import assert from "node:assert/strict";
import { test } from "node:test";

import { benchFuzz, fuzzLines } from "../../../../src/cli/bench/fuzz.ts";

const report = [
  "北京市某区中等职业教育质量年度报告（2024年）",
  "一、基本情况",
  "（一）学校概况",
  "全区共有中等职业学校3所，在校生1200人。",
  "表1 学校情况",
  "学校 在校生",
  "甲校 500",
  "乙校 700",
].join("\n");

test("the fuzz bench spreads the runs over the inputs and counts every copy once", () => {
  let clock = 0;
  const now = (): number => (clock += 500);
  const inputs = [{ file: "a.txt", bytes: new TextEncoder().encode(report), sidecar: null }];
  const run = benchFuzz(inputs, 6, now);
  const { runs, held, crashed, unpublished, lost } = run.result;
  assert.equal(runs, 6);
  assert.equal(held + crashed + unpublished + lost, runs);
  assert.equal(run.ms, 500);
  const [first] = fuzzLines(run);
  assert.match(first ?? "", new RegExp(`${held} of 6 damaged copies held .* in 0\\.5 s`));
});
