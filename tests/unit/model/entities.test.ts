import assert from "node:assert/strict";
import { test } from "node:test";

import { IndicatorVocabulary } from "../../../src/model/entities.ts";

const metric = {
  name: "招生人数",
  description: "当年招收的学生人数",
  group: "scale",
  kind: "count",
  units: ["人"],
  labels: ["招生人数"],
};

test("the headline list names metrics of the vocabulary, and a misspelt key is refused by name", () => {
  assert.deepEqual(IndicatorVocabulary.parse({ metrics: { enrollment: metric } }).headline, []);
  assert.deepEqual(IndicatorVocabulary.parse({ metrics: { enrollment: metric }, headline: ["enrollment"] }).headline, [
    "enrollment",
  ]);
  const wrong = IndicatorVocabulary.safeParse({ metrics: { enrollment: metric }, headline: ["enrolment"] });
  assert.equal(wrong.success, false);
  assert.match(wrong.error?.issues[0]?.message ?? "", /enrolment is not a metric/);
});
