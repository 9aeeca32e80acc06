import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";

import {
  emptyLedger,
  formatLedger,
  ledgerPath,
  parseLedger,
  readLedger,
  saveLedger,
} from "../../../../src/site/history/ledger.ts";
import { SHA_A, versionOf } from "./helpers.ts";

let tmp: string;
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), "history-ledger-"));
});
after(() => rm(tmp, { recursive: true, force: true }));

test("the ledger sits beside the content folder, so each content folder has its own", () => {
  assert.equal(ledgerPath("/site/content/reports"), "/site/content/releases.json");
  assert.equal(ledgerPath("/site/content/reports/"), "/site/content/releases.json");
  assert.equal(ledgerPath("/tmp/x/reports"), "/tmp/x/releases.json");
});

test("a missing ledger is empty; a bad one fails naming the file and each problem", async () => {
  assert.deepEqual(await readLedger(join(tmp, "none.json")), emptyLedger());
  assert.throws(() => parseLedger("{", "x.json"), /x\.json: not valid JSON/);
  const bad = JSON.stringify({ reports: { r: { versions: [{ ...versionOf("r", "abc", "2026-13-01", []) }] } } });
  assert.throws(
    () => parseLedger(bad, "x.json"),
    (e: Error) =>
      /x\.json: invalid release ledger/.test(e.message) &&
      /reports\.r\.versions\.0\.sha256/.test(e.message) &&
      /reports\.r\.versions\.0\.date/.test(e.message),
  );
  assert.throws(() => parseLedger(JSON.stringify({ reports: { r: { versions: [] } } }), "x.json"), /versions/);
});

test("the text is stable: reports by id, version fields in schema order, final newline", () => {
  const v = versionOf("b", SHA_A, "2026-12-03", [["1-1", "表"]]);
  const shuffled = {
    figures: v.figures,
    cases: v.cases,
    tables: v.tables,
    title: v.title,
    date: v.date,
    sha256: v.sha256,
  };
  const text = formatLedger({ reports: { b: { versions: [shuffled] }, a: { versions: [v] } } });
  assert.ok(text.indexOf('"a"') < text.indexOf('"b"'), "reports sorted by id");
  assert.match(
    text.slice(text.indexOf('"b"')),
    /\{\n {10}"sha256": "a{64}",\n {10}"date": "2026-12-03",\n {10}"title"/,
  );
  assert.ok(text.endsWith("}\n"));
  assert.deepEqual(parseLedger(text, "x.json").reports["b"], { versions: [v] }, "round trip");
});

test("saving writes only when the text changes", async () => {
  const file = join(tmp, "releases.json");
  const ledger = { reports: { r: { versions: [versionOf("r", SHA_A, "2026-12-03", [])] } } };
  assert.equal(await saveLedger(file, ledger), true);
  const first = await stat(file);
  assert.equal(await saveLedger(file, ledger), false);
  assert.equal((await stat(file)).mtimeMs, first.mtimeMs, "not rewritten");
  await writeFile(file, JSON.stringify(ledger));
  assert.equal(await saveLedger(file, ledger), true, "another formatting is rewritten in the standard one");
  assert.equal(await readFile(file, "utf8"), formatLedger(ledger));
});
