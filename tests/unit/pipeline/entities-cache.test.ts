import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { defaultContext, extractEntities } from "../../../src/extract/entities/index.ts";
import { rawLinesOf } from "../../../src/link/entities/from-inputs.ts";
import { writeCachedOutcome } from "../../../src/pipeline/cache.ts";
import { detectEntitiesJson } from "../../../src/pipeline/entities.ts";
import {
  ENTITIES_FINGERPRINTED,
  entitiesFingerprint,
  type EntitiesInput,
  entitiesKey,
  readCachedEntities,
} from "../../../src/pipeline/entities-cache.ts";
import { readInputs } from "../../../src/pipeline/inputs.ts";
import { importedModules } from "../../helpers/imports.ts";
import { report, REPORTS_DIR } from "../../helpers/parsed-corpus.ts";
import { withTempDir } from "../../helpers/temp-dir.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
// 000_ has detections of every kind: mentions, specialty facts, indicators and a finding.
const subject = await report("000_");
const [file] = (await readInputs(REPORTS_DIR)).filter((i) => i.file === subject.source.file);
if (!file) throw new Error("no bundled input 000_");
const input: EntitiesInput = { report: JSON.stringify(subject), raw: file.bytes };

/** A fresh cache folder for one test. */
const withTemp = (run: (dir: string) => Promise<void>) => withTempDir("entities-cache-", run);

test("stored detections read back deep-equal to detection's, with the report attached (a hit)", async () => {
  await withTemp(async (dir) => {
    const found = extractEntities(subject, defaultContext(), rawLinesOf(file.bytes));
    const kinds = [found.mentions, found.specialties, found.indicators, found.findings];
    assert.ok(
      kinds.every((k) => k.length > 0),
      "detections of every kind",
    );
    const key = entitiesKey(input, "code-1");
    assert.equal(await readCachedEntities(dir, key, subject), null, "nothing stored yet");
    const json = detectEntitiesJson(input);
    assert.ok(!("report" in (JSON.parse(json) as object)), "the report is not stored again");
    await writeCachedOutcome(dir, key, json);
    const read = await readCachedEntities(dir, key, subject);
    assert.deepStrictEqual(read, found);
    assert.equal(read?.report, subject, "the caller's report itself");
  });
});

test("the key changes with the report, the input's bytes, their absence and the code fingerprint", () => {
  const key = entitiesKey(input, "code-1");
  const changed: EntitiesInput[] = [
    { ...input, report: JSON.stringify({ ...subject, id: `${subject.id}-2` }) },
    { ...input, raw: new Uint8Array([...file.bytes, 0x0a]) },
    { ...input, raw: null },
  ];
  for (const other of changed) assert.notEqual(entitiesKey(other, "code-1"), key);
  assert.notEqual(entitiesKey({ ...input, raw: null }, "c"), entitiesKey({ ...input, raw: new Uint8Array() }, "c"));
  assert.notEqual(entitiesKey(input, "code-2"), key);
  assert.equal(entitiesKey({ ...input }, "code-1"), key, "the same content gives the same key");
});

test("a corrupt, invalid or other file's entry is a miss", async () => {
  await withTemp(async (dir) => {
    const json = detectEntitiesJson(input);
    const key = entitiesKey(input, "code-1");
    await writeFile(join(dir, `${key}.json`), json.slice(0, 100));
    assert.equal(await readCachedEntities(dir, key, subject), null, "truncated JSON");
    const entry = JSON.parse(json) as { indicators: { value: unknown }[] };
    const [first] = entry.indicators;
    assert.ok(first);
    first.value = "12";
    await writeFile(join(dir, `${key}.json`), JSON.stringify(entry));
    assert.equal(await readCachedEntities(dir, key, subject), null, "fails the schema");
    await writeFile(join(dir, `${key}.json`), JSON.stringify({ ...JSON.parse(json), findings: [{ ruleId: "x" }] }));
    assert.equal(await readCachedEntities(dir, key, subject), null, "a rule the catalog does not have");
    await writeCachedOutcome(dir, key, json);
    const other = { ...subject, source: { ...subject.source, file: "another.txt" } };
    assert.equal(await readCachedEntities(dir, key, other), null, "another file's detections");
    assert.ok((await readFile(join(dir, `${key}.json`), "utf8")).startsWith('{"file":'));
  });
});

test("the fingerprint changes with the detecting code, ingest and the data, not with other code", async () => {
  await withTemp(async (root) => {
    const put = async (path: string, text: string) => {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    };
    const files = ["src/extract/entities/schools.ts", "src/ingest/normalise.ts", "data/schools.yaml"];
    for (const f of files) await put(f, "1\n");
    await put("src/parse/toc.ts", "1\n");
    await put("src/site/page.ts", "1\n");
    const first = await entitiesFingerprint(root);
    await put("src/parse/toc.ts", "2\n");
    await put("src/site/page.ts", "2\n");
    assert.equal(await entitiesFingerprint(root), first, "the parser and the site detect nothing");
    let previous = first;
    for (const f of files) {
      await put(f, "2\n");
      const next = await entitiesFingerprint(root);
      assert.notEqual(next, previous, `${f} changed`);
      previous = next;
    }
  });
});

test("every module entity detection imports is in the fingerprint", async () => {
  const modules = await importedModules(join(ROOT, "src/pipeline/entities.ts"));
  assert.ok(modules.size > 40, `${modules.size} modules`);
  const covered = (path: string) =>
    ENTITIES_FINGERPRINTED.some((p) => path === join(ROOT, p) || path.startsWith(join(ROOT, p, "/")));
  // src/link runs after the cache (it links the detections the cache holds), except the raw lines.
  const linking = (path: string) => path.includes("/src/link/") && !path.endsWith("/from-inputs.ts");
  assert.deepEqual(
    [...modules].filter((m) => !covered(m) && !linking(m)),
    [],
    "add these to ENTITIES_FINGERPRINTED in src/pipeline/entities-cache.ts",
  );
});
