import { squash } from "../../lib/text.ts";
import type { ReportSummary, Table } from "../../model/index.ts";

/** What matching needs of a table: its printed number, its caption and its page. */
export type LineageItem = Pick<Table, "number" | "caption" | "url">;

/** One table of a lineage, with the report that prints it. */
export interface LineageTable {
  readonly report: ReportSummary;
  readonly table: LineageItem;
}

/** The same table in consecutive reports of a series (表1-1 招生人数 in 2022, 2023, 2024…), oldest first. */
export interface TableLineage {
  /** The caption of its newest table: what the table is called now. */
  readonly caption: string;
  /** Two or more tables, one per report, each report the one after the previous table's. */
  readonly tables: readonly LineageTable[];
}

/** A report of a series and its tables, in document order. */
export interface SeriesReportTables {
  readonly report: ReportSummary;
  readonly tables: readonly LineageItem[];
}

/** A year with what makes it one: a range (2021-2022, 2021—2023), then 年 / 年度 / 学年(度). */
const YEAR = String.raw`(?<!\d)(?:19|20)\d{2}(?!\d)\s*(?:学年度|学年|年度|年)?`;
const YEARS = new RegExp(`${YEAR}(?:\\s*[-－—–~～至到]\\s*${YEAR})?`, "g");
const YEAR_WORDS = /学年度|学年|年度/g;
/** Brackets left empty once their year is gone: `招生人数（2022年）`. */
const EMPTY_BRACKETS = /[（(][）)]/g;

/**
 * A caption without its years, year words and spaces: what stays the same from one year's report to the
 * next (`2022年 招生人数` and `2023年招生人数` → `招生人数`).
 */
export function captionKey(caption: string): string {
  return squash(caption).replace(YEARS, "").replace(YEAR_WORDS, "").replace(EMPTY_BRACKETS, "");
}

function bigrams(text: string): string[] {
  const chars = [...text];
  return chars.slice(1).map((c, i) => `${chars[i] ?? ""}${c}`);
}

/**
 * Whether two caption keys name the same kind of table: one holds the other, or they share most of their
 * character pairs (Dice coefficient ≥ 0.6; 学生发展表 and 教师发展表 share half and are not the same).
 */
export function similarKeys(a: string, b: string): boolean {
  if (a === "" || b === "") return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if ([...shorter].length >= 2 && longer.includes(shorter)) return true;
  const x = bigrams(a);
  const y = new Set(bigrams(b));
  if (x.length === 0 || y.size === 0) return a === b;
  const shared = new Set(x.filter((g) => y.has(g))).size;
  return (2 * shared) / (new Set(x).size + y.size) >= 0.6;
}

/** How good a pair is, lower first: same caption and number, same caption, same number and a similar caption. */
function pairRank(a: LineageItem, b: LineageItem, keys: readonly [string, string]): number | null {
  const [ka, kb] = keys;
  const sameNumber = a.number === b.number;
  if (ka !== "" && ka === kb) return sameNumber ? 0 : 1;
  if (sameNumber && similarKeys(ka, kb)) return 2;
  return null;
}

/**
 * The matching tables of two consecutive reports, as index pairs `[in a, in b]`: same caption once years are
 * removed (whatever the numbers: captions win over numbers), else same number and a similar caption. Each
 * table matches at most one; among equal candidates the one nearest in document order wins.
 */
export function matchTables(a: readonly LineageItem[], b: readonly LineageItem[]): [number, number][] {
  const keysA = a.map((t) => captionKey(t.caption));
  const keysB = b.map((t) => captionKey(t.caption));
  const candidates: { rank: number; i: number; j: number }[] = [];
  a.forEach((ta, i) =>
    b.forEach((tb, j) => {
      const rank = pairRank(ta, tb, [keysA[i] ?? "", keysB[j] ?? ""]);
      if (rank !== null) candidates.push({ rank, i, j });
    }),
  );
  candidates.sort((x, y) => x.rank - y.rank || Math.abs(x.i - x.j) - Math.abs(y.i - y.j) || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: [number, number][] = [];
  for (const { i, j } of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    pairs.push([i, j]);
  }
  return pairs.sort((x, y) => x[0] - y[0]);
}

/**
 * The lineages of a series (reports oldest first): chains of matches between each report and the next,
 * in order of their first table (oldest report first, then document order). A table without a match in
 * either neighbour belongs to no lineage.
 */
export function seriesLineages(reports: readonly SeriesReportTables[]): TableLineage[] {
  const chains: LineageTable[][] = [];
  let open = new Map<number, LineageTable[]>(); // table index in the previous report → its chain
  reports.forEach((current, k) => {
    const previous = reports[k - 1];
    const matched = new Map((previous ? matchTables(previous.tables, current.tables) : []).map(([i, j]) => [j, i]));
    const next = new Map<number, LineageTable[]>();
    current.tables.forEach((table, j) => {
      const i = matched.get(j);
      const chain = (i === undefined ? undefined : open.get(i)) ?? [];
      if (chain.length === 0) chains.push(chain);
      chain.push({ report: current.report, table });
      next.set(j, chain);
    });
    open = next;
  });
  return chains.filter((c) => c.length > 1).map((tables) => ({ caption: tables.at(-1)?.table.caption ?? "", tables }));
}

/** Each table's lineage by table URL (tables in no lineage are absent). */
export function lineagesByTable(lineages: readonly TableLineage[]): Map<string, TableLineage> {
  return new Map(lineages.flatMap((l) => l.tables.map((t) => [t.table.url, l] as const)));
}

/** The tables just before and after one table in its lineage (the same table in the previous and next report). */
export function lineageNeighbours(
  lineage: TableLineage | null,
  url: string,
): { previous: LineageTable | null; next: LineageTable | null } {
  const i = lineage ? lineage.tables.findIndex((t) => t.table.url === url) : -1;
  if (!lineage || i < 0) return { previous: null, next: null };
  return { previous: lineage.tables[i - 1] ?? null, next: lineage.tables[i + 1] ?? null };
}
