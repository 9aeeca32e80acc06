/**
 * The test layout, checked on the files (see tests/README.md): a unit test mirrors src/, so
 * `tests/unit/<path>/X.test.ts` tests `src/<path>/X.ts`, or the folder `src/<path>/X/` as a whole through
 * its entry point. A test whose subject is no single module is a topic test and must be listed below,
 * with why; integration-sized tests live in tests/integration/, corpus assertions in tests/corpus/.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(import.meta.url), "../../..");

/** Topic tests: unit tests of several modules of one folder, none of which is the subject alone. */
const TOPIC_TESTS: ReadonlyMap<string, string> = new Map([
  // Every tests/fixtures/table-<quirk>/ golden, through the table parser's entry point and its diagnostics.
  ["tests/unit/parse/table/golden.test.ts", "table goldens"],
  // The line patterns of three block kinds side by side (artefact.ts, case.ts, figure.ts); each test
  // has one subject, so this may become blocks/{artefact,case,figure}.test.ts.
  ["tests/unit/parse/blocks/markers.test.ts", "block marker patterns"],
  // Every tests/fixtures/chart-<quirk>/ golden, through decide, spec, indicator-spec and panel-spec.
  ["tests/unit/render/charts/golden.test.ts", "chart goldens"],
  // Indicator × year table shapes for indicators-table.ts, written alongside the entity work; it belongs
  // in indicators-table.test.ts once that work settles.
  ["tests/unit/extract/entities/indicator-table-shapes.test.ts", "indicator table shapes"],
]);

/** Where each kind of test lives; a *.test.ts anywhere else is misplaced. */
const TEST_FOLDERS = ["unit", "integration", "corpus", "browser", "architecture", "helpers"] as const;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "fixtures" ? [] : testFiles(path);
    return e.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** Repo-relative, `/`-separated. */
const repoPath = (path: string): string => relative(root, path).split(sep).join("/");

/**
 * The src/ module or folder a unit test mirrors, or null when there is none.
 * `tests/unit/a/b.test.ts` mirrors `src/a/b.ts` or the folder `src/a/b/`.
 */
function mirroredSource(unitTest: string, exists: (path: string) => "file" | "dir" | null): string | null {
  const match = /^tests\/unit\/(.+)\.test\.ts$/.exec(unitTest);
  if (!match) return null;
  const stem = `src/${match[1]}`;
  if (exists(`${stem}.ts`) === "file") return `${stem}.ts`;
  if (exists(stem) === "dir") return `${stem}/`;
  return null;
}

function onDisk(path: string): "file" | "dir" | null {
  const full = join(root, path);
  if (!existsSync(full)) return null;
  return statSync(full).isDirectory() ? "dir" : "file";
}

test("every tests/unit/**/X.test.ts mirrors src/**/X.ts or the folder src/**/X/ (or is a listed topic test)", () => {
  const unmatched = testFiles(join(root, "tests/unit"))
    .map(repoPath)
    .filter((file) => !TOPIC_TESTS.has(file) && mirroredSource(file, onDisk) === null);
  assert.deepEqual(
    unmatched,
    [],
    "move each to the path of the module it tests (node /work/tools/mv.mjs), or list it in TOPIC_TESTS with why",
  );
});

test("every listed topic test exists and still has no module of its own name", () => {
  const stale = [...TOPIC_TESTS.keys()].filter((file) => onDisk(file) !== "file" || mirroredSource(file, onDisk));
  assert.deepEqual(stale, [], "remove these from TOPIC_TESTS: gone, or now mirroring a module");
});

test("every *.test.ts is in one of the test folders", () => {
  const misplaced = testFiles(join(root, "tests"))
    .map(repoPath)
    .filter((file) => !(TEST_FOLDERS as readonly string[]).includes(file.split("/")[1] ?? ""));
  assert.deepEqual(misplaced, [], `tests live in tests/{${TEST_FOLDERS.join(",")}}/`);
});

test("the check sees a mismatch: a test under a folder src/ does not have is caught", () => {
  const fake = (path: string) => (path === "src/extract/entities/numbers.ts" ? "file" : null);
  assert.equal(mirroredSource("tests/unit/extract/entities/numbers.test.ts", fake), "src/extract/entities/numbers.ts");
  assert.equal(mirroredSource("tests/unit/entities/numbers.test.ts", fake), null);
  const folder = (path: string) => (path === "src/render/narrative/names" ? "dir" : null);
  assert.equal(mirroredSource("tests/unit/render/narrative/names.test.ts", folder), "src/render/narrative/names/");
});
