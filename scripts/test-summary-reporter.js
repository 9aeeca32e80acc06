// A node:test reporter that prints one closing line, `N passed, N failed`, and,
// when TEST_SUMMARY_FILE is set, writes the counts there as JSON so that
// scripts/test.ts can add them up with its other steps.
// Plain JavaScript on purpose: Node 20 loads reporters before tsx's hooks are active.
import { writeFileSync } from "node:fs";
import process from "node:process";

/**
 * Counts finished tests (not suites). Skipped and todo tests are counted apart: they neither pass nor fail.
 * A test file that crashes outside any test is reported by node as one failed test named after the file.
 * @param {AsyncIterable<{type: string, data: {details?: {type?: string}, skip?: unknown, todo?: unknown}}>} source
 */
export default async function* summaryReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== "test:pass" && event.type !== "test:fail") continue;
    if (event.data.details?.type === "suite") continue;
    if (event.type === "test:fail") counts.failed++;
    else if (event.data.skip !== undefined || event.data.todo !== undefined) counts.skipped++;
    else counts.passed++;
  }
  const file = process.env.TEST_SUMMARY_FILE;
  if (file) writeFileSync(file, JSON.stringify(counts));
  if (counts.skipped > 0) yield `\n${counts.skipped} skipped (not counted below)`;
  yield `\n${counts.passed} passed, ${counts.failed} failed\n`;
}
