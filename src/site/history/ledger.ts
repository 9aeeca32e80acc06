/** The release ledger on disk: where it lives, reading it (validated) and writing it in one stable form. */
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

import { byCodePoint } from "../../lib/sort.ts";
import { Releases, type ReleaseVersion } from "../../model/releases.ts";
import { toJson } from "../output.ts";

/**
 * The ledger of a content folder: `releases.json` beside it (`content/reports` → `content/releases.json`),
 * outside the folder of texts so it is never read as a report, and per content folder so a test's
 * temporary folder has its own.
 */
export function ledgerPath(contentDir: string): string {
  return join(dirname(resolve(contentDir)), "releases.json");
}

/** A ledger with no report: what a site starts from. */
export function emptyLedger(): Releases {
  return { reports: {} };
}

/** Validates a ledger's text; a bad field fails the build naming the file and every problem (it is ours, not input). */
export function parseLedger(text: string, path: string): Releases {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`${path}: not valid JSON (${e instanceof Error ? e.message : String(e)})`, { cause: e });
  }
  const parsed = Releases.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `  ${i.path.map(String).join(".") || "(top)"}: ${i.message}`);
  throw new Error(`${path}: invalid release ledger\n${problems.join("\n")}`);
}

/** Reads the ledger at `path`; a missing file is an empty ledger (the first build of a site). */
export async function readLedger(path: string): Promise<Releases> {
  const text = await readFile(path, "utf8").catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return null;
    throw e;
  });
  return text === null ? emptyLedger() : parseLedger(text, path);
}

function orderedVersion(v: ReleaseVersion): ReleaseVersion {
  return { sha256: v.sha256, date: v.date, title: v.title, tables: v.tables, cases: v.cases, figures: v.figures };
}

/**
 * The ledger's one text: reports by id (code point order), each version's fields in schema order,
 * two-space JSON and a final newline, so that the same ledger is always the same bytes and a change
 * reads as a small diff.
 */
export function formatLedger(ledger: Releases): string {
  const ids = Object.keys(ledger.reports).sort(byCodePoint);
  const reports = Object.fromEntries(
    ids.map((id) => [id, { versions: (ledger.reports[id]?.versions ?? []).map(orderedVersion) }]),
  );
  return toJson({ reports });
}

/** Writes the ledger when its text differs from the file's; returns whether it wrote (nothing changed → no write). */
export async function saveLedger(path: string, ledger: Releases): Promise<boolean> {
  const text = formatLedger(ledger);
  const current = await readFile(path, "utf8").catch(() => null);
  if (current === text) return false;
  await writeFile(path, text);
  return true;
}
