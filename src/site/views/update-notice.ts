import type { Releases } from "../../model/releases.ts";
import { describeChanges, versionChanges } from "../history/changes.ts";

/** What a corrected report's pages say: the date of its latest correction and what that changed. */
export interface UpdateNotice {
  /** `YYYY-MM-DD`, the day the corrected text was first built (Asia/Shanghai). */
  readonly updatedOn: string;
  /** `新增表3-2`, `删除案例2-1`, `表1-1标题改为“…”`; empty when only the running text changed. */
  readonly changes: string[];
}

/**
 * The notice for a report of the published ledger, or null when the report has a single version (it
 * was never corrected) or is not in the ledger.
 */
export function updateNotice(releases: Releases, reportId: string): UpdateNotice | null {
  const versions = releases.reports[reportId]?.versions ?? [];
  const latest = versions.at(-1);
  const previous = versions.at(-2);
  if (!latest || !previous) return null;
  return { updatedOn: latest.date, changes: describeChanges(versionChanges(previous, latest)) };
}
