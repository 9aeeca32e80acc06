import { fileURLToPath } from "node:url";

import type { Report } from "../../src/model/index.ts";
import { readInputs } from "../../src/pipeline/inputs.ts";
import { buildRecords, type Records } from "../../src/pipeline/records.ts";

export const REPORTS_DIR = fileURLToPath(new URL("../../content/reports/", import.meta.url));

let cached: Records | null = null;

/** The bundled reports parsed once per test process. */
export async function corpus(): Promise<Records> {
  cached ??= buildRecords(await readInputs(REPORTS_DIR));
  return cached;
}

/** The parsed report whose source file starts with `prefix` (the bundled files are named 000_…, 002_…). */
export async function report(prefix: string): Promise<Report> {
  const found = (await corpus()).reports.find((r) => r.source.file.startsWith(prefix));
  if (!found) throw new Error(`no bundled report starts with ${prefix}`);
  return found;
}

/** Counts of items by a key. */
export function countBy<T>(items: readonly T[], key: (t: T) => string | number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[String(key(i))] = (out[String(key(i))] ?? 0) + 1;
  return out;
}
