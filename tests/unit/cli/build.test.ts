import assert from "node:assert/strict";
import { test } from "node:test";

import { buildTimeLine } from "../../../src/cli/build.ts";

test("the build time line gives the total and each stage in the order it ran, in seconds", () => {
  const stages = new Map([
    ["records", 1140],
    ["charts", 2960],
    ["Eleventy", 4210],
  ]);
  assert.equal(buildTimeLine(14_230, stages), "built in 14.2 s (records 1.1 s, charts 3.0 s, Eleventy 4.2 s)");
  assert.equal(buildTimeLine(400, new Map()), "built in 0.4 s");
});
