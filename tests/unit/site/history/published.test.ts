import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { historyFiles } from "../../../../src/site/history/index.ts";
import { publishedReleases, readPublishedReleases } from "../../../../src/site/history/published.ts";
import { writeFiles } from "../../../../src/site/output.ts";
import { reportOf, SHA_A, versionOf } from "./helpers.ts";

let tmp: string;
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), "history-published-"));
});
after(() => rm(tmp, { recursive: true, force: true }));

const ledger = {
  reports: {
    gone: { versions: [versionOf("gone", SHA_A, "2026-01-01", [])] },
    b: { versions: [versionOf("b", SHA_A, "2026-01-01", [])] },
    a: { versions: [versionOf("a", SHA_A, "2026-01-01", [])] },
  },
};

test("only the reports of the build are published, sorted by id", () => {
  assert.deepEqual(Object.keys(publishedReleases(ledger, ["b", "a", "new"]).reports), ["a", "b"]);
});

test("the published ledger is read back validated; a build without one reads as empty", async () => {
  assert.deepEqual(await readPublishedReleases(tmp), { reports: {} });
  await writeFiles(tmp, historyFiles(ledger, [reportOf("a", SHA_A, [])], { name: "站", url: null }));
  assert.deepEqual(Object.keys((await readPublishedReleases(tmp)).reports), ["a"]);
});
