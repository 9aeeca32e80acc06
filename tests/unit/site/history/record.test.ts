import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { recordReleases } from "../../../../src/site/history/record.ts";
import { reportOf, SHA_A, SHA_B } from "./helpers.ts";

let tmp: string;
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), "history-record-"));
});
after(() => rm(tmp, { recursive: true, force: true }));

test("records new texts under SOURCE_DATE_EPOCH's date, writes once, and logs only when it wrote", async () => {
  const file = join(tmp, "releases.json");
  const env = { SOURCE_DATE_EPOCH: "1796256000" };
  const lines: string[] = [];
  const log = (l: string) => lines.push(l);
  const ledger = await recordReleases([reportOf("a", SHA_A, [])], { file, env, log });
  assert.equal(ledger.reports["a"]?.versions[0]?.date, "2026-12-03");
  assert.deepEqual(lines, [`${file}: 1 report added — commit it`]);
  const text = await readFile(file, "utf8");

  const again = await recordReleases([reportOf("a", SHA_A, [])], { file, env: {}, now: new Date("2030-01-01"), log });
  assert.deepEqual(again, ledger, "same texts, same ledger: the clock does not matter");
  assert.equal(await readFile(file, "utf8"), text);
  assert.equal(lines.length, 1, "nothing written, nothing said");

  await recordReleases([reportOf("a", SHA_B, [])], { file, env: {}, now: new Date("2030-01-01T12:00:00Z"), log });
  assert.equal(lines[1], `${file}: 1 report updated — commit it`);
  assert.match(await readFile(file, "utf8"), /"date": "2030-01-01"/);
});
