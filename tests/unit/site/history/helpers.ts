/** Small versions and report records for the history tests: only the fields a version is taken from. */
import type { ReleaseVersion } from "../../../../src/model/releases.ts";
import type { VersionSource } from "../../../../src/site/history/snapshot.ts";

export const SHA_A = "a".repeat(64);
export const SHA_B = "b".repeat(64);
export const SHA_C = "c".repeat(64);

/** A report record with the given tables (`["1-1", "表题"]`) and numbered cases, its text hashed as `sha`. */
export function reportOf(
  id: string,
  sha: string,
  tables: readonly (readonly [string, string])[],
  cases: readonly (readonly [string, string])[] = [],
  figures: readonly (readonly [string, string])[] = [],
): VersionSource {
  return {
    id,
    title: `${id} 报告`,
    source: { file: `${id}.txt`, sha256: sha, bytes: 1, lines: 1, encoding: "utf-8", pages: [] },
    tables: tables.map(([number, caption]) => ({
      id: `tbl-${number}`,
      number,
      caption,
      line: 1,
      hasBody: false,
      bodyLines: null,
      header: [],
      columns: [],
      rows: [],
      printed: [],
      merges: [],
      values: [],
      rowLines: [],
      note: null,
      sectionId: null,
      url: `/reports/${id}/tables/${number}/`,
    })),
    cases: cases.map(([number, title]) => ({
      id: `case-${number}`,
      number,
      label: "案例",
      title,
      line: 1,
      endLine: 1,
      sectionId: null,
      url: `/reports/${id}/cases/${number}/`,
    })),
    figures: figures.map(([number, caption]) => ({
      id: `fig-${number}`,
      number,
      caption,
      line: 1,
      sectionId: null,
      caseId: null,
    })),
  };
}

/** A version of report `id` dated `date` holding the given tables and cases. */
export function versionOf(
  id: string,
  sha: string,
  date: string,
  tables: readonly (readonly [string, string])[],
  cases: readonly (readonly [string, string])[] = [],
): ReleaseVersion {
  return {
    sha256: sha,
    date,
    title: `${id} 报告`,
    tables: tables.map(([number, caption]) => ({ number, caption, url: `/reports/${id}/tables/${number}/` })),
    cases: cases.map(([number, title]) => ({ number, title, url: `/reports/${id}/cases/${number}/` })),
    figures: [],
  };
}
