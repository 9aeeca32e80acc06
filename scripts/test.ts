/**
 * `npm test`: type check, lint, format check, unused-code check (knip), unit tests, then browser tests.
 * Every step runs even when an earlier one failed; the last line printed is always `N passed, N failed` (CI reads it).
 * A static check counts as one test: 1 passed or 1 failed.
 *
 *   npm test                                  everything
 *   npm test -- tests/unit/ingest             only the test files under these files/folders
 *   SKIP_STATIC=1 npm test -- tests/unit/x    …and skip tsc, ESLint and Prettier (they take ~15 s)
 *   npm test -- --test-name-pattern=decode    arguments starting with -- go to `node --test`
 *
 * Browser tests (tests/browser/) need Chromium at CHROMIUM_PATH (default /usr/bin/chromium): without it
 * they are skipped with a notice, except under CI=true, where a missing browser is a failure.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { basename, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

interface Counts {
  passed: number;
  failed: number;
}

interface StepResult extends Counts {
  name: string;
  note: string;
}

const root = resolve(fileURLToPath(import.meta.url), "../..");
const bin = (name: string): string => join(root, "node_modules", ".bin", name);
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const isCi = process.env.CI === "true" || process.env.CI === "1";
/** Generous per-test limit: a hung test fails instead of stalling CI. */
const testTimeoutMs = 300_000;

/** Runs a command with inherited output; resolves to its exit code (never rejects). */
function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    child.on("error", (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      done(127);
    });
    child.on("close", (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
}

/** A static check: one command, counted as one test. */
async function check(name: string, command: string, args: readonly string[], fix: string): Promise<StepResult> {
  heading(`${name}: ${basename(command)} ${args.join(" ")}`);
  const code = await run(command, args);
  if (code === 0) return { name, passed: 1, failed: 0, note: "ok" };
  return { name, passed: 0, failed: 1, note: `failed (exit ${code}); ${fix}` };
}

/** Every `*.test.ts` under the given files/folders, as sorted repo-relative paths. */
function findTestFiles(targets: readonly string[]): { files: string[]; missing: string[] } {
  const files = new Set<string>();
  const missing: string[] = [];
  const walk = (path: string): void => {
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== "node_modules") walk(join(path, entry));
    } else if (path.endsWith(".test.ts")) files.add(relative(root, path));
  };
  for (const target of targets) {
    const path = resolve(root, target);
    if (existsSync(path)) walk(path);
    else missing.push(target);
  }
  return { files: [...files].sort(), missing };
}

/** Runs files under `node --test` with the spec reporter plus our summary reporter, and returns its counts. */
async function nodeTests(name: string, files: readonly string[], extraArgs: readonly string[]): Promise<StepResult> {
  heading(`${name}: node --test (${files.length} file${files.length === 1 ? "" : "s"})`);
  const dir = mkdtempSync(join(tmpdir(), "test-summary-"));
  const summaryFile = join(dir, "summary.json");
  const args = [
    "--import",
    "tsx",
    "--test",
    `--test-timeout=${testTimeoutMs}`,
    `--test-concurrency=${availableParallelism()}`,
    "--test-reporter=spec",
    "--test-reporter-destination=stdout",
    `--test-reporter=${join(root, "scripts", "test-summary-reporter.js")}`,
    "--test-reporter-destination=stdout",
    ...extraArgs,
    ...files,
  ];
  const code = await run(process.execPath, args, {
    ...process.env,
    TEST_SUMMARY_FILE: summaryFile,
    CHROMIUM_PATH: chromium,
  });
  const counts = readCounts(summaryFile);
  rmSync(dir, { recursive: true, force: true });
  if (!counts) return { name, passed: 0, failed: 1, note: `the test runner exited (${code}) without a summary` };
  // A non-zero exit with no failed test means the runner itself failed: count it so it is not lost.
  const failed = counts.failed === 0 && code !== 0 ? 1 : counts.failed;
  const note = `${counts.passed} passed, ${failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ""}`;
  return { name, passed: counts.passed, failed, note };
}

function readCounts(file: string): (Counts & { skipped: number }) | null {
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, "utf8")) as Counts & { skipped: number };
}

/** Browser tests run only when Chromium is there; under CI a missing Chromium is a failure. */
async function browserTests(files: readonly string[], extraArgs: readonly string[]): Promise<StepResult | null> {
  if (files.length === 0) return null;
  const name = "browser tests";
  if (existsSync(chromium)) return nodeTests(name, files, extraArgs);
  const why = `Chromium not found at ${chromium} (apt-get install -y chromium fonts-wqy-microhei, or set CHROMIUM_PATH)`;
  heading(`${name}: ${isCi ? "FAILED" : "skipped"}: ${why}`);
  return isCi ? { name, passed: 0, failed: 1, note: why } : { name, passed: 0, failed: 0, note: `skipped: ${why}` };
}

function heading(text: string): void {
  console.log(`\n▶ ${text}`);
}

function printSummary(results: readonly StepResult[]): Counts {
  console.log("\n── summary ──");
  for (const r of results) {
    const mark = r.failed > 0 ? "✖" : r.passed > 0 ? "✔" : "-";
    console.log(`${mark} ${r.name}: ${r.note}`);
  }
  return {
    passed: results.reduce((n, r) => n + r.passed, 0),
    failed: results.reduce((n, r) => n + r.failed, 0),
  };
}

async function main(argv: readonly string[]): Promise<number> {
  const nodeArgs = argv.filter((a) => a.startsWith("--"));
  const targets = argv.filter((a) => !a.startsWith("--"));
  const results: StepResult[] = [];
  if (process.env.SKIP_STATIC !== "1") {
    results.push(await check("typecheck", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"], "see the errors above"));
    results.push(await check("lint", bin("eslint"), ["."], "see above; `npx eslint . --fix` fixes some"));
    results.push(await check("format", bin("prettier"), ["--check", "."], "run `npx prettier --write <file>`"));
    results.push(
      await check(
        "unused code",
        bin("knip"),
        [],
        "delete the unused export or dependency (or declare what is imported)",
      ),
    );
  }
  const { files, missing } = findTestFiles(targets.length > 0 ? targets : ["tests"]);
  for (const m of missing) results.push({ name: m, passed: 0, failed: 1, note: "no such file or folder" });
  const isBrowser = (f: string): boolean => f.startsWith(`tests${sep}browser${sep}`);
  const unit = files.filter((f) => !isBrowser(f));
  if (unit.length > 0) results.push(await nodeTests("unit tests", unit, nodeArgs));
  const browser = await browserTests(files.filter(isBrowser), nodeArgs);
  if (browser) results.push(browser);
  if (files.length === 0) console.log(`\nno *.test.ts files under ${targets.join(", ") || "tests"}`);
  const total = printSummary(results);
  console.log(`${total.passed} passed, ${total.failed} failed`);
  return total.failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
