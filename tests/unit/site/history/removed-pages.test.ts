import assert from "node:assert/strict";
import { test } from "node:test";

import { removedPages, removedSentence } from "../../../../src/site/history/removed-pages.ts";
import { reportOf, SHA_A, SHA_B, SHA_C, versionOf } from "./helpers.ts";

const v1 = versionOf(
  "r",
  SHA_A,
  "2026-01-01",
  [
    ["1-1", "招生"],
    ["3-2", "名单"],
  ],
  [["2-1", "案"]],
);
const v2 = versionOf("r", SHA_B, "2026-06-01", [["1-1", "招生"]], [["2-1", "案"]]);
const v3 = versionOf("r", SHA_C, "2026-12-03", [["1-1", "招生"]], []);

test("each URL an earlier version had and the current record lacks, dated by the correction that removed it", () => {
  const ledger = { reports: { r: { versions: [v1, v2, v3] } } };
  const pages = removedPages(ledger, [reportOf("r", SHA_C, [["1-1", "招生"]])]);
  assert.deepEqual(
    pages.map((p) => [p.url, p.label, p.removedOn]),
    [
      ["/reports/r/cases/2-1/", "案例2-1", "2026-12-03"],
      ["/reports/r/tables/3-2/", "表3-2", "2026-06-01"],
    ],
  );
});

test("a restored item is a real page again; a URL the latest version lists is not claimed as removed", () => {
  const ledger = { reports: { r: { versions: [v1, v2] } } };
  assert.deepEqual(
    removedPages(ledger, [
      reportOf(
        "r",
        SHA_B,
        [
          ["1-1", "招生"],
          ["3-2", "名单"],
        ],
        [["2-1", "案"]],
      ),
    ]),
    [],
  );
  // The parser no longer finds case 2-1 in the unchanged latest text: not a correction, no page.
  assert.deepEqual(
    removedPages(ledger, [reportOf("r", SHA_B, [["1-1", "招生"]])]).map((p) => p.url),
    ["/reports/r/tables/3-2/"],
  );
});

test("the page says what was removed, from which report and when", () => {
  const ledger = { reports: { r: { versions: [v1, v2] } } };
  const [removed] = removedPages(ledger, [reportOf("r", SHA_B, [["1-1", "招生"]], [["2-1", "案"]])]);
  assert.ok(removed);
  assert.equal(removedSentence(removed), "《r 报告》在 2026-06-01 的更正中删除了表3-2“名单”。");
});

test("an unnumbered case is named once, by its title", () => {
  const a = { ...v1, cases: [{ number: null, title: "甲", url: "/reports/r/cases/u1/" }] };
  const ledger = { reports: { r: { versions: [a, v2] } } };
  const removed = removedPages(ledger, [reportOf("r", SHA_B, [["1-1", "招生"]])]).find(
    (p) => p.url === "/reports/r/cases/u1/",
  );
  assert.ok(removed);
  assert.match(removedSentence(removed), /的更正中删除了案例“甲”。$/);
});
