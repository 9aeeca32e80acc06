import assert from "node:assert/strict";
import { test } from "node:test";

import { emptyLedger } from "../../../../src/site/history/ledger.ts";
import { ledgerLogLine, updateLedger } from "../../../../src/site/history/update.ts";
import { reportOf, SHA_A, SHA_B } from "./helpers.ts";

test("a new id is added, a new SHA-256 becomes a dated version, an unchanged text changes nothing", () => {
  const first = updateLedger(
    emptyLedger(),
    [reportOf("b", SHA_A, [["1-1", "表"]]), reportOf("a", SHA_A, [])],
    "2026-01-01",
  );
  assert.deepEqual(first.added, ["a", "b"]);
  assert.deepEqual(first.updated, []);
  assert.equal(first.ledger.reports["b"]?.versions[0]?.tables[0]?.url, "/reports/b/tables/1-1/");

  const second = updateLedger(
    first.ledger,
    [reportOf("b", SHA_B, []), reportOf("a", SHA_A, [["9-9", "新"]])],
    "2026-12-03",
  );
  assert.deepEqual(second.added, []);
  assert.deepEqual(second.updated, ["b"]);
  assert.deepEqual(
    second.ledger.reports["b"]?.versions.map((v) => [v.sha256, v.date]),
    [
      [SHA_A, "2026-01-01"],
      [SHA_B, "2026-12-03"],
    ],
  );
  // Same text, read differently now: the ledger keeps what it recorded (it changes only with the texts).
  assert.deepEqual(second.ledger.reports["a"], first.ledger.reports["a"]);
});

test("a report gone from the content folder keeps its history", () => {
  const first = updateLedger(emptyLedger(), [reportOf("a", SHA_A, [])], "2026-01-01");
  const without = updateLedger(first.ledger, [], "2026-12-03");
  assert.deepEqual(without.ledger, first.ledger);
  const back = updateLedger(without.ledger, [reportOf("a", SHA_A, [])], "2026-12-04");
  assert.deepEqual(back.added, [], "not added twice");
});

test("the log line says what changed and to commit it", () => {
  assert.equal(
    ledgerLogLine("content/releases.json", { added: ["a"], updated: ["b"] }),
    "content/releases.json: 1 report added, 1 updated — commit it",
  );
  assert.equal(ledgerLogLine("x.json", { added: [], updated: ["a", "b"] }), "x.json: 2 reports updated — commit it");
  assert.equal(
    ledgerLogLine("x.json", { added: [], updated: [] }),
    "x.json: rewritten in its standard form — commit it",
  );
});
