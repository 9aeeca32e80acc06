/** Comparing the reports of a build with the ledger: new texts become versions. */
import { byCodePoint } from "../../lib/sort.ts";
import type { Releases } from "../../model/releases.ts";
import { versionOf, type VersionSource } from "./snapshot.ts";

/** The ledger after a build, and which reports it added or gave a new version. */
export interface LedgerUpdate {
  readonly ledger: Releases;
  /** Ids of reports the ledger did not know. */
  readonly added: string[];
  /** Ids of known reports whose text (SHA-256) changed. */
  readonly updated: string[];
}

/**
 * Adds a version dated `date` for each report whose id is new or whose text's SHA-256 differs from its
 * latest version. A report whose text is unchanged keeps its versions as recorded, even if the parser
 * now reads it differently, so the ledger changes only when a text does. Reports gone from the content
 * folder keep their history (a text moved away and back is not added twice).
 */
export function updateLedger(ledger: Releases, reports: readonly VersionSource[], date: string): LedgerUpdate {
  const entries = { ...ledger.reports };
  const added: string[] = [];
  const updated: string[] = [];
  for (const report of [...reports].sort((a, b) => byCodePoint(a.id, b.id))) {
    const versions = entries[report.id]?.versions ?? [];
    if (versions.at(-1)?.sha256 === report.source.sha256) continue;
    (versions.length === 0 ? added : updated).push(report.id);
    entries[report.id] = { versions: [...versions, versionOf(report, date)] };
  }
  return { ledger: { reports: entries }, added, updated };
}

const reports = (n: number) => `${n} ${n === 1 ? "report" : "reports"}`;

/** The build's line about a ledger it wrote: `content/releases.json: 1 report added, 1 updated — commit it`. */
export function ledgerLogLine(path: string, update: Pick<LedgerUpdate, "added" | "updated">): string {
  const [a, u] = [update.added.length, update.updated.length];
  let what = "rewritten in its standard form";
  if (a > 0 && u > 0) what = `${reports(a)} added, ${u} updated`;
  else if (a > 0) what = `${reports(a)} added`;
  else if (u > 0) what = `${reports(u)} updated`;
  return `${path}: ${what} — commit it`;
}
