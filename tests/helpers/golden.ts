/**
 * Golden tests in the manner of Observable Framework's: a fixture folder `tests/fixtures/<quirk>/` holds
 * the input beside the expected output (`input.txt` with a `SOURCE.md` saying where it was cut from, or
 * `input.json` with a `from` field → `expected.json`, `expected.vl.json`, `expected.messages.txt`).
 * - `expected.json` (or any other extension): `actual` is compared with the file's text;
 * - on a mismatch `<name>-changed.<ext>` is written beside it (gitignored) and the assertion fails,
 *   so `diff expected.json expected-changed.json` shows what moved, and `mv` accepts it;
 * - a missing expected file is written from `actual`; that passes with a notice locally and fails under
 *   CI=true, so a golden is never silently created in CI.
 * Expected files are never overwritten: hand-checked expectations stay hand-checked.
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, extname } from "node:path";
import { fileURLToPath } from "node:url";

import { z } from "zod";

/** `tests/fixtures/`, with a trailing slash. */
export const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** The path of `file` in the fixture folder `name`: `fixturePath("table-shifted-row", "input.txt")`. */
export function fixturePath(name: string, file: string): string {
  return `${FIXTURES}${name}/${file}`;
}

/** The fixture folders whose names start with `prefix` (`table-`, `chart-`), sorted. */
export function fixtureNames(prefix: string): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.startsWith(prefix))
    .map((d) => d.name)
    .sort();
}

/**
 * The JSON input at `path` (see {@link fixturePath}), checked against `schema`. JSON has no comments,
 * so a JSON input says where it came from in a non-empty `from` field, which is not returned.
 */
export function readJsonInput<T extends z.ZodType>(path: string, schema: T): z.infer<T> {
  const parsed = z
    .object({ from: z.string().min(1) })
    .loose()
    .safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`${path}: an input needs a "from" saying where it came from`);
  const { from: _from, ...input } = parsed.data;
  const checked = schema.safeParse(input);
  if (!checked.success) throw new Error(`${path}: ${z.prettifyError(checked.error)}`);
  return checked.data;
}

export interface GoldenOptions {
  /** Whether a missing expected file fails; defaults to CI=true in the environment. */
  readonly ci?: boolean;
  /** Where the "written a new golden" notice goes; defaults to stderr. */
  readonly notice?: (message: string) => void;
}

/** The text a value is stored as: JSON (2-space, trailing newline) for `.json`, else the string itself. */
export function goldenText(actual: unknown, expectedPath: string): string {
  if (extname(expectedPath) === ".json") return `${JSON.stringify(actual, null, 2)}\n`;
  if (typeof actual !== "string") throw new TypeError(`${expectedPath}: a non-JSON golden needs a string`);
  return actual;
}

/** `dir/name.ext` → `dir/name-changed.ext`. */
export function changedPath(expectedPath: string): string {
  const ext = extname(expectedPath);
  return `${expectedPath.slice(0, expectedPath.length - ext.length)}-changed${ext}`;
}

/** Asserts that `actual` matches the golden file at `expectedPath` (see the module comment). */
export function expectGolden(actual: unknown, expectedPath: string, options: GoldenOptions = {}): void {
  const ci = options.ci ?? (process.env.CI === "true" || process.env.CI === "1");
  const notice = options.notice ?? ((message: string) => process.stderr.write(`${message}\n`));
  const text = goldenText(actual, expectedPath);
  const changed = changedPath(expectedPath);
  if (!existsSync(expectedPath)) {
    mkdirSync(dirname(expectedPath), { recursive: true });
    writeFileSync(expectedPath, text);
    if (ci) assert.fail(`golden ${expectedPath} was missing (written now); commit it after checking it`);
    notice(`golden ${expectedPath} was missing and has been written; check it and commit it`);
    return;
  }
  const expected = readFileSync(expectedPath, "utf8");
  if (text === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, text);
  assert.equal(text, expected, `${expectedPath} differs; the actual output is in ${changed}`);
}
