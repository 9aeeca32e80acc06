import assert from "node:assert/strict";
import { test } from "node:test";

import { changeText, factYear, figureParts, headline } from "../../../../src/site/views/headline.ts";
import { fact, reportStub, VOCABULARY } from "../../../fixtures/site/facts.ts";

test("headline: the metrics given for the year in vocabulary order, the others named as missing", () => {
  const h = headline(
    VOCABULARY,
    {
      report: reportStub("r2021", 2021),
      figures: [
        fact({ metric: "funding", year: 2021, value: 100, unit: "万元" }),
        fact({ year: 2021, value: 1100 }),
        fact({ year: 2020, value: 1000 }),
      ],
    },
    null,
  );
  assert.equal(h.year, 2021);
  assert.deepEqual(
    h.figures.map((f) => [f.metric, f.current.indicator.value, f.change?.absolute ?? null]),
    [
      ["enrollment", 1100, 100],
      ["funding", 100, null],
    ],
  );
  assert.deepEqual(h.missing, ["就业率"]);
});

test("numbers with zh-CN separators; changes signed with the minus sign, percent and points", () => {
  assert.equal(changeText({ absolute: 2031, unit: "人", percent: 10.5 }), "+2,031人（+10.5%）");
  assert.equal(changeText({ absolute: -14.27, unit: "百分点", percent: null }), "−14.27个百分点");
  assert.equal(changeText({ absolute: 0, unit: "人", percent: null }), "0人");
  // A change beside a value shown in 万元 is in 万元 too; a share's points never scale.
  assert.equal(changeText({ absolute: 60_000, unit: "元", percent: 6 }, "万元"), "+6万元（+6%）");
  assert.equal(changeText({ absolute: 2031, unit: "人", percent: 10.5 }, "人"), "+2,031人（+10.5%）");
  assert.equal(changeText({ absolute: 1.5, unit: "百分点", percent: null }, "%"), "+1.5个百分点");
});

test("figureParts and factYear: a value as the cards show it, a school year as printed", () => {
  assert.deepEqual(figureParts(fact({ year: 2021, value: 25700, text: "2.57万人" })), { number: "25,700", unit: "人" });
  const f = fact({ year: 2021, value: 1 });
  assert.equal(factYear(f), "2021年");
  assert.equal(factYear({ ...f, indicator: { ...f.indicator, period: "2020-2021" } }), "2020-2021学年");
});
