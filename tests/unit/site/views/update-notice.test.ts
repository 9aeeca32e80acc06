import assert from "node:assert/strict";
import { test } from "node:test";

import { updateNotice } from "../../../../src/site/views/update-notice.ts";
import { updatedLine } from "../../../../templates/_lib/updated.ts";
import { SHA_A, SHA_B, SHA_C, versionOf } from "../history/helpers.ts";

const v1 = versionOf("r", SHA_A, "2026-01-01", [
  ["1-1", "表"],
  ["3-2", "名单"],
]);
const v2 = versionOf("r", SHA_B, "2026-06-01", [["1-1", "表"]]);
const v3 = versionOf("r", SHA_C, "2026-12-03", [["1-1", "表"]], [["6-6", "新案例"]]);

test("a corrected report's notice: the latest correction's date and what it changed", () => {
  assert.deepEqual(updateNotice({ reports: { r: { versions: [v1, v2, v3] } } }, "r"), {
    updatedOn: "2026-12-03",
    changes: ["新增案例6-6"],
  });
  assert.deepEqual(updateNotice({ reports: { r: { versions: [v1, v2] } } }, "r"), {
    updatedOn: "2026-06-01",
    changes: ["删除表3-2"],
  });
});

test("no notice for a report never corrected or not in the ledger", () => {
  assert.equal(updateNotice({ reports: { r: { versions: [v1] } } }, "r"), null);
  assert.equal(updateNotice({ reports: {} }, "r"), null);
});

test("the template line shows the date as <time> and the changes, or that only the text changed", () => {
  assert.equal(
    String(updatedLine({ updatedOn: "2026-12-03", changes: ["新增表3-2", "删除案例2-1"] })),
    '<p class="updated" data-pagefind-ignore>更新于 <time datetime="2026-12-03">2026-12-03</time>：新增表3-2；删除案例2-1</p>',
  );
  assert.match(String(updatedLine({ updatedOn: "2026-12-03", changes: [] })), /：正文有修订，表、案例和图未变<\/p>$/);
  assert.equal(updatedLine(null), "");
});
