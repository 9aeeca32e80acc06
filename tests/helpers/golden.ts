/**
 * Golden-file comparison in the manner of Observable Framework's tests:
 * - `expected.json` (or any other extension): `actual` is compared with the file's text;
 * - on a mismatch `<name>-changed.<ext>` is written beside it (gitignored) and the assertion fails,
 *   so `diff expected.json expected-changed.json` shows what moved, and `mv` accepts it;
 * - a missing expected file is written from `actual`; that passes with a notice locally and fails under
 *   CI=true, so a golden is never silently created in CI.
 * Expected files are never overwritten: hand-checked expectations stay hand-checked.
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, extname } from "node:path";

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
