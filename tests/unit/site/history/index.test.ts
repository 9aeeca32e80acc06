import assert from "node:assert/strict";
import { test } from "node:test";

import { historyFiles } from "../../../../src/site/history/index.ts";
import { reportOf, SHA_A, SHA_B, versionOf } from "./helpers.ts";

test("the history's files: the published ledger and the feed (removed URLs get their pages from a template)", () => {
  const ledger = {
    reports: {
      r: {
        versions: [versionOf("r", SHA_A, "2026-01-01", [["3-2", "名单"]]), versionOf("r", SHA_B, "2026-12-03", [])],
      },
    },
  };
  const files = historyFiles(ledger, [reportOf("r", SHA_B, [])], { name: "站", url: "https://example.org" });
  assert.deepEqual(
    files.map((f) => f.path),
    ["data/releases.json", "feed.xml"],
  );
  assert.match(files[0]?.content ?? "", /"sha256": "b{64}"/);
  assert.match(files[1]?.content ?? "", /更新于 2026-12-03：删除表3-2/);
});
