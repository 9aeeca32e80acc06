import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import {
  codeFingerprint,
  FINGERPRINTED,
  readCachedOutcome,
  recordKey,
  writeCachedOutcome,
} from "../../../src/pipeline/cache.ts";
import { type InputFile, readInputs } from "../../../src/pipeline/inputs.ts";
import { parseReport } from "../../../src/pipeline/records.ts";
import { importedModules } from "../../helpers/imports.ts";
import { REPORTS_DIR } from "../../helpers/parsed-corpus.ts";
import { withTempDir } from "../../helpers/temp-dir.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const [input] = (await readInputs(REPORTS_DIR)).filter((i) => i.file.startsWith("004_"));
if (!input) throw new Error("no bundled report 004_");

/** A fresh cache folder for one test. */
const withTemp = (run: (dir: string) => Promise<void>) => withTempDir("records-cache-", run);

test("a stored outcome reads back deep-equal, diagnostics included (a hit)", async () => {
  await withTemp(async (dir) => {
    const outcome = parseReport(input);
    assert.ok(outcome.report && outcome.diagnostics.length > 0, "a report with diagnostics");
    const key = recordKey(input, "code-1");
    assert.equal(await readCachedOutcome(dir, key, input.file), null, "nothing stored yet");
    await writeCachedOutcome(dir, key, JSON.stringify(outcome));
    assert.deepStrictEqual(await readCachedOutcome(dir, key, input.file), outcome);
  });
});

test("the key changes with the bytes, the sidecar, the path and the code fingerprint", () => {
  const key = recordKey(input, "code-1");
  const changed: InputFile[] = [
    { ...input, bytes: new Uint8Array([...input.bytes, 0x0a]) },
    { ...input, sidecar: "title: x\n" },
    { ...input, file: `other/${input.file}` },
  ];
  for (const other of changed) assert.notEqual(recordKey(other, "code-1"), key);
  assert.notEqual(recordKey(input, "code-2"), key);
  assert.equal(recordKey({ ...input }, "code-1"), key, "the same content gives the same key");
});

test("the fingerprint changes with the parsing code and its data, not with other code", async () => {
  await withTemp(async (root) => {
    const put = async (path: string, text: string) => {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    };
    await put("src/parse/toc.ts", "export const a = 1;\n");
    await put("data/schools.yaml", "- 一所学校\n");
    await put("src/site/page.ts", "export const b = 1;\n");
    const first = await codeFingerprint(root);
    await put("src/site/page.ts", "export const b = 2;\n");
    assert.equal(await codeFingerprint(root), first, "site code makes no records");
    await put("data/schools.yaml", "- 另一所学校\n");
    const second = await codeFingerprint(root);
    assert.notEqual(second, first, "a word list changed");
    await put("src/parse/toc.ts", "export const a = 2;\n");
    assert.notEqual(await codeFingerprint(root), second, "a parser changed");
  });
});

test("a corrupt, invalid or other file's entry is a miss", async () => {
  await withTemp(async (dir) => {
    const outcome = parseReport(input);
    const key = recordKey(input, "code-1");
    await writeFile(join(dir, `${key}.json`), '{"file": "004');
    assert.equal(await readCachedOutcome(dir, key, input.file), null, "truncated JSON");
    await writeFile(join(dir, `${key}.json`), JSON.stringify({ ...outcome, diagnostics: [{ line: "one" }] }));
    assert.equal(await readCachedOutcome(dir, key, input.file), null, "fails the schema");
    await writeCachedOutcome(dir, key, JSON.stringify(outcome));
    assert.equal(await readCachedOutcome(dir, key, "another.txt"), null, "another file's outcome");
    assert.ok((await readFile(join(dir, `${key}.json`), "utf8")).startsWith('{"file":'));
  });
});

test("every module parsing a report imports is in the fingerprint", async () => {
  const modules = await importedModules(join(ROOT, "src/pipeline/records.ts"));
  assert.ok(modules.size > 50, `${modules.size} modules`);
  const covered = (path: string) =>
    FINGERPRINTED.some((p) => path === join(ROOT, p) || path.startsWith(join(ROOT, p, "/")));
  // src/link runs after the cache: it links the outcomes the cache holds, and is not part of them.
  assert.deepEqual(
    [...modules].filter((m) => !covered(m) && !m.includes("/src/link/")),
    [],
    "add these to FINGERPRINTED in src/pipeline/cache.ts",
  );
});
