import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { finding, formatDiagnostics, messages, toDiagnostic } from "../../../src/model/index.ts";

test("every rule id is documented in the README", () => {
  const readme = readFileSync(fileURLToPath(new URL("../../../README.md", import.meta.url)), "utf8");
  for (const id of Object.keys(messages)) assert.ok(readme.includes(`\`${id}\``), id);
});

test("diagnostics print vfile-reporter style: file, then line:col severity message rule-id", () => {
  const d = toDiagnostic("a.txt", finding("table-body-not-found", { number: "1-2" }, 12));
  assert.equal(
    formatDiagnostics([d]),
    "a.txt\n  12:1  warning  table 1-2 has a caption but no body (probably an image in the original); it is published as caption only  table-body-not-found\n",
  );
});
