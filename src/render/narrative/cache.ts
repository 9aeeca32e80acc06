/**
 * The HTML cache: one report's rendered HTML (./report-html.ts: narrative, references, tables, cases),
 * stored as `<dir>/<key>.json`. The key is a SHA-256 of everything the HTML depends on: the report
 * record, every render option (the school names to link and their pages, the chart figures), and a
 * fingerprint of the code and data that render, so that a rebuild renders only the reports whose inputs
 * changed, and a new school named in an unchanged report's text renders that report again. An entry is
 * validated when read; one that is unreadable, invalid or for another report counts as a miss and is
 * written again. Fingerprint and writes are the records cache's (src/pipeline/cache.ts).
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";

import { z } from "zod";

import type { Report } from "../../model/index.ts";
import { codeFingerprint, DEFAULT_RECORDS_CACHE, writeCachedOutcome } from "../../pipeline/cache.ts";
import type { RenderOptions } from "./index.ts";
import type { PlacedReference } from "./references/plugin.ts";
import { renderReportHtml, type ReportHtml } from "./report-html.ts";

/** Bump when the entry format changes. */
const FORMAT = "html-cache-1";

/** `.cache/html/` in the project, beside the records cache: the default place of the cache. */
export const DEFAULT_HTML_CACHE = join(dirname(DEFAULT_RECORDS_CACHE), "html");

/**
 * What rendering depends on besides the report and the options: the render stage, the parser module
 * it shares (table header spans), the model and helpers, the data files (none is read while rendering
 * now; listed so that a future one cannot go stale), the locked package versions (unified, remark,
 * rehype), and the cache's own modules. The views that call the cache are not here: they only pass the
 * report and options, which the key holds. A test checks that every module rendering imports is in here.
 */
export const HTML_FINGERPRINTED: readonly string[] = [
  "src/render",
  "src/parse/table/header-spans.ts",
  "src/model",
  "src/lib",
  "src/pipeline/cache.ts",
  "data",
  "package-lock.json",
];

/** The fingerprint of the code and data that render (see src/pipeline/cache.ts). */
export function htmlFingerprint(root?: string): Promise<string> {
  return codeFingerprint(root, HTML_FINGERPRINTED);
}

type OptionKeys = { readonly [K in keyof RenderOptions]-?: (value: NonNullable<RenderOptions[K]>) => unknown };

/**
 * How each render option enters the key, as JSON. The type requires one entry per option, so an option
 * added to `RenderOptions` does not compile until the key covers it.
 */
const OPTION_KEYS: OptionKeys = {
  // The targets in order (a name listed twice keeps its first) and the pattern made from them.
  names: (names) => ({
    pattern: names.pattern ? [names.pattern.source, names.pattern.flags] : null,
    targets: [...names.targets],
  }),
  charts: (charts) => [...charts],
};

function keyedOptions(options: RenderOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(OPTION_KEYS) as (keyof RenderOptions)[]) {
    const value = options[name];
    const keyed = OPTION_KEYS[name] as (value: unknown) => unknown;
    out[name] = value === undefined ? null : keyed(value);
  }
  return out;
}

/** The cache key of a report's HTML under a code fingerprint (hex SHA-256). */
export function htmlKey(report: Report, options: RenderOptions, fingerprint: string): string {
  const head = JSON.stringify({ format: FORMAT, fingerprint, options: keyedOptions(options) });
  return createHash("sha256").update(head).update("\0").update(JSON.stringify(report)).digest("hex");
}

const Reference = z.strictObject({
  kind: z.enum(["table", "figure", "case"]),
  number: z.string(),
  text: z.string(),
  url: z.string().nullable(),
  line: z.number().nullable(),
}) satisfies z.ZodType<PlacedReference>;

// Strict: the entry is returned as written, so no other field may ride along.
const Entry = z.strictObject({
  report: z.string(),
  narrative: z.string(),
  references: z.array(Reference),
  tables: z.array(z.string()),
  cases: z.array(z.string()),
});

/**
 * The cached HTML of `report` under `key`, or null (absent, unreadable, invalid, or another report's).
 * The value is the JSON as written once the schema accepts it, as in the records cache.
 */
export async function readCachedHtml(dir: string, key: string, report: Report): Promise<ReportHtml | null> {
  try {
    const value: unknown = JSON.parse(await readFile(join(dir, `${key}.json`), "utf8"));
    if (!Entry.safeParse(value).success) return null;
    const { report: id, ...html } = value as ReportHtml & { report: string };
    const fits = html.tables.length === report.tables.length && html.cases.length === report.cases.length;
    return id === report.id && fits ? html : null;
  } catch {
    return null;
  }
}

/** Stores a report's HTML under `key` (a temporary file renamed: never half an entry). */
export function writeCachedHtml(dir: string, key: string, report: Report, html: ReportHtml): Promise<void> {
  return writeCachedOutcome(dir, key, JSON.stringify({ report: report.id, ...html }));
}

/** Each report's HTML, from the cache or rendered (and stored), with how many of each so far. */
export interface HtmlCache {
  html(report: Report, options: RenderOptions): Promise<ReportHtml>;
  readonly stats: { readonly hits: number; readonly misses: number };
}

/**
 * Opens the cache in `dir` (null: none, every report is rendered), fingerprinting the code once. `keyed` is
 * told each HTML it returns with its key, which stands for its content (the page ledger digests a report's
 * HTML by it instead of hashing it again: src/lib/digest.ts `seed`).
 */
export async function openHtmlCache(
  dir: string | null,
  keyed?: (html: ReportHtml, key: string) => void,
): Promise<HtmlCache> {
  const stats = { hits: 0, misses: 0 };
  if (dir === null) {
    return {
      html: (report, options) => {
        stats.misses++;
        return Promise.resolve(renderReportHtml(report, options));
      },
      stats,
    };
  }
  const fingerprint = await htmlFingerprint();
  return {
    async html(report, options) {
      const key = htmlKey(report, options, fingerprint);
      const cached = await readCachedHtml(dir, key, report);
      if (cached) {
        stats.hits++;
        keyed?.(cached, key);
        return cached;
      }
      stats.misses++;
      const html = renderReportHtml(report, options);
      await writeCachedHtml(dir, key, report, html);
      keyed?.(html, key);
      return html;
    },
    stats,
  };
}
