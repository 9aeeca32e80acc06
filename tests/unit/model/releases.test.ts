import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { Releases } from "../../../src/model/releases.ts";

const version = {
  sha256: "a".repeat(64),
  date: "2026-12-03",
  title: "报告",
  tables: [{ number: "3-2", caption: "名单", url: "/reports/r/tables/3-2/" }],
  cases: [{ number: null, title: "案例", url: "/reports/r/cases/u1/" }],
  figures: [{ number: "1-1", caption: "图", url: "/reports/r/#fig-1-1" }],
};

test("a ledger entry: ASCII report ids, at least one version, calendar dates, no unknown fields", () => {
  assert.ok(Releases.safeParse({ reports: { r: { versions: [version] } } }).success);
  const issues = (value: unknown) => Releases.safeParse(value).error?.issues.map((i) => i.path.join(".")) ?? [];
  assert.deepEqual(issues({ reports: { R: { versions: [version] } } }), ["reports.R"]);
  assert.deepEqual(issues({ reports: { r: { versions: [] } } }), ["reports.r.versions"]);
  assert.deepEqual(issues({ reports: { r: { versions: [{ ...version, date: "2026-02-30" }] } } }), [
    "reports.r.versions.0.date",
  ]);
  assert.deepEqual(issues({ reports: { r: { versions: [{ ...version, extra: 1 }] } } }), ["reports.r.versions.0"]);
  assert.deepEqual(
    issues({ reports: { r: { versions: [{ ...version, tables: [{ ...version.tables[0], url: "tables/3-2" }] }] } } }),
    ["reports.r.versions.0.tables.0.url"],
  );
});

test("the committed ledger of the bundled reports is valid", () => {
  const text = readFileSync(new URL("../../../content/releases.json", import.meta.url), "utf8");
  const ledger = Releases.parse(JSON.parse(text));
  assert.ok(Object.keys(ledger.reports).length >= 4);
});
