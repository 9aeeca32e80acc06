/**
 * A collection page is a function of its entry (templates/_lib/part.ts `pagePer`): the page ledger keeps a
 * page whose entry did not change, so a template that read other site data (`site.reports`…) in its render
 * would leave a kept page stale. Checked on the code: a template paginated with `pagePer` names no `site`
 * but in the collection it pages through.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const templates = resolve(fileURLToPath(import.meta.url), "../../../templates");

/** The code without comments, imports and the collection's name (`"site.tables"`). */
const code = (text: string): string =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/.*$/gm, "")
    .replace(/^import [\s\S]*?;$/gm, "")
    .replace(/"site\.\w+"/g, "");

test("templates paginated with pagePer read nothing but their entry", () => {
  const paged = readdirSync(templates)
    .filter((f) => f.endsWith(".11ty.ts"))
    .map((f) => ({ file: f, text: readFileSync(join(templates, f), "utf8") }))
    .filter((t) => t.text.includes("pagePer<"));
  assert.ok(paged.length >= 10, `${paged.length} paginated templates`);
  const reading = paged.filter((t) => /\bsite\b/.test(code(t.text))).map((t) => t.file);
  assert.deepEqual(reading, [], "these read site data besides their entry: put what they need in the entry");
});
