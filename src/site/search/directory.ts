/**
 * The entity directory of the search page: every school, specialty and metric page with the names a
 * reader may type for it (the name, the aliases of data/schools.yaml and those seen in the reports,
 * every printed specialty name and its code, a metric's labels).
 *
 * Why a directory beside Pagefind: with Pagefind 1.6.0 recall is complete, but its ranking (BM25 over
 * words) cannot tell "the page *of* 北京市丰台区职业教育中心学校" from a long case that names the school
 * twenty times, nor 中国戏曲学院 from 中国戏曲学院附属中等戏曲学校 (the same words, plus more). Measured
 * over the 529 names and aliases of the bundled build, Pagefind alone ranked the entity's page first
 * for 512; no setting of its ranking weights did better (page length, saturation, title weight: 455–515).
 * An exact name is what the reader typed, so the search page puts the entity whose name or alias equals
 * the query first, and Pagefind orders everything else.
 */

/** What a directory entry is; shown on its result card like Pagefind's 类型 metadata. */
export type EntityKind = "学校" | "专业" | "指标";

export interface DirectoryEntry {
  readonly url: string;
  readonly title: string;
  readonly kind: EntityKind;
  /** Names as printed, each at least 2 characters, without repeats; the first is the canonical name. */
  readonly names: readonly string[];
}

/** The parts of the site's entity pages the directory reads (structural, so any page view fits). */
export interface DirectoryInput {
  readonly schools: readonly { readonly url: string; readonly school: { name: string; aliases: readonly string[] } }[];
  readonly specialties: readonly {
    readonly url: string;
    readonly specialty: { code: string | null; name: string; names: readonly string[] };
  }[];
  readonly metrics: readonly { readonly url: string; readonly label: string; readonly labels: readonly string[] }[];
}

/** Queries shorter than this are not names (a single character matches too much to mean one entity). */
const MIN_NAME_LENGTH = 2;

function entry(url: string, title: string, kind: EntityKind, names: readonly (string | null)[]): DirectoryEntry {
  const kept = names.map((n) => n?.trim() ?? "").filter((n) => [...n].length >= MIN_NAME_LENGTH);
  return { url, title, kind, names: [...new Set(kept)] };
}

/** One entry per school, specialty and metric page, sorted by URL (so the page is the same every build). */
export function searchDirectory(input: DirectoryInput): DirectoryEntry[] {
  const entries = [
    ...input.schools.map((p) => entry(p.url, p.school.name, "学校", [p.school.name, ...p.school.aliases])),
    ...input.specialties.map((p) => {
      const s = p.specialty;
      return entry(p.url, s.code ? `${s.code} ${s.name}` : s.name, "专业", [s.name, ...s.names, s.code]);
    }),
    ...input.metrics.map((m) => entry(m.url, m.label, "指标", [m.label, ...m.labels])),
  ];
  return entries.filter((e) => e.names.length > 0).sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

const SCRIPT_UNSAFE: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/**
 * The directory as JSON safe inside `<script type="application/json">`: a name can never close the
 * element or start a comment, because `<`, `>` and `&` are written as JSON escapes.
 */
export function directoryJson(entries: readonly DirectoryEntry[]): string {
  return JSON.stringify(entries).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_UNSAFE[c] ?? c);
}
