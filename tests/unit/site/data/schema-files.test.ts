// The JSON Schemas published with the data are generated from the zod schemas; the committed copies in
// data/schema/ must match, so every schema change shows up in review. `npm run schema` regenerates them.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { schemaSnapshot } from "../../../../src/site/data/schema-files.ts";

const dir = fileURLToPath(new URL("../../../../data/schema/", import.meta.url));

test("committed JSON Schemas are up to date (run `npm run schema` after changing src/model)", () => {
  const current = schemaSnapshot();
  assert.deepEqual(readdirSync(dir).sort(), [...current.keys()].sort(), "the same schema files");
  for (const [name, content] of current) {
    assert.equal(readFileSync(dir + name, "utf8"), content, `data/schema/${name} is stale`);
  }
});

test("the report schema describes the record contract", () => {
  const schema = JSON.parse(current("report.schema.json")) as {
    required: string[];
    properties: Record<string, unknown>;
  };
  for (const field of [
    "id",
    "source",
    "title",
    "region",
    "reportYear",
    "dataYear",
    "headings",
    "tables",
    "figures",
    "cases",
    "diagnostics",
  ]) {
    assert.ok(schema.required.includes(field), field);
  }
});

function current(name: string): string {
  const text = schemaSnapshot().get(name);
  assert.ok(text, name);
  return text;
}
