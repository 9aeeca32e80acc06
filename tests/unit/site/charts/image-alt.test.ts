import assert from "node:assert/strict";
import { test } from "node:test";

import type { TopLevelSpec } from "vega-lite";

import { withBriefAlt } from "../../../../src/site/charts/image-alt.ts";

const spec = (description?: string): TopLevelSpec => ({
  ...(description === undefined ? {} : { description }),
  data: { values: [] },
  mark: "bar",
});

test("withBriefAlt: the description's first sentence, then where the values are", () => {
  const full = "条形图，绘出表2-3的合计：19 个类别，共 19 个数据点。最大值：甲 84；最小值：乙 1。总计行未绘出。";
  const brief = withBriefAlt(spec(full), "数值见上表。");
  assert.equal(brief.description, "条形图，绘出表2-3的合计：19 个类别，共 19 个数据点。数值见上表。");
  assert.equal((brief as { mark?: unknown }).mark, "bar", "the rest of the spec is kept");
});

test("withBriefAlt: a description without a full stop is kept whole, then ends with one; none stays none", () => {
  assert.equal(withBriefAlt(spec("折线图"), "数值见上表。").description, "折线图。数值见上表。");
  assert.equal(withBriefAlt(spec(), "数值见上表。").description, undefined, "the figure falls back to the title");
});
