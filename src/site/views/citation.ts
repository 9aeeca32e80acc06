/**
 * How to cite a report or one of its items (a section, table, figure or case): a GB/T 7714 style
 * reference and a plain line, with the page's absolute URL when the site's URL is set.
 */
import type { Report } from "../../model/index.ts";
import { pagesOfLines } from "./printed-pages.ts";

/** What a citation reads from a report record. */
export type CitableReport = Pick<Report, "title" | "publisher" | "publishedOn" | "sourceUrl"> & {
  readonly source: Pick<Report["source"], "file" | "pages">;
};

/** The cited part of a report; a whole report has no label and no lines. */
export interface CitedItem {
  /** How the report names it: `表2-2`, `案例2-1`, `图1-1`, `一 学生发展`; null for the whole report. */
  readonly label: string | null;
  /** Its site path: its own page, or the report page with its anchor. */
  readonly path: string;
  /** Its first and last line in the source text. */
  readonly lines: readonly [number, number] | null;
}

export interface Citation {
  /** GB/T 7714 style: `发布单位. 题名[R/OL]. 发布日期: 表2-2. URL`. */
  readonly reference: string;
  /** One sentence to paste: `发布单位《题名》（发布日期）表2-2，URL`. */
  readonly plain: string;
  /** The page's URL: absolute when the site's URL is set, else the site path. */
  readonly url: string;
  readonly absolute: boolean;
  /** The original publication's URL, when a sidecar gives it. */
  readonly sourceUrl: string | null;
  /** `第 872–874 行`, and `第 N 页` when the text shows its printed pages. */
  readonly lines: string | null;
  readonly page: string | null;
}

/** `第 872–874 行` (one line: `第 872 行`). */
export function lineSpanText([first, last]: readonly [number, number]): string {
  return first === last ? `第 ${first} 行` : `第 ${first}–${last} 行`;
}

/** The item as GB/T puts it after the date: `表2-2, 第 12 页`; null for a whole report without a page. */
function citedPart(label: string | null, page: string | null): string | null {
  const parts = [label, page].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(", ") : null;
}

/** `发布单位. 题名[R/OL]. 日期: 表2-2. URL`; an unknown date is marked, an unknown publisher left out (GB/T 7714). */
function reference(report: CitableReport, cited: string | null, url: string): string {
  const publisher = report.publisher ? `${report.publisher}. ` : "";
  const date = report.publishedOn ?? "[出版日期不详]";
  return `${publisher}${report.title}[R/OL]. ${date}${cited ? `: ${cited}` : ""}. ${url}`;
}

function plainLine(report: CitableReport, cited: string | null, url: string): string {
  const date = report.publishedOn ? `（${report.publishedOn}）` : "";
  const original = report.sourceUrl ? `；原文 ${report.sourceUrl}` : "";
  return `${report.publisher ?? ""}《${report.title}》${date}${cited ? `${cited}，` : "，"}${url}${original}`;
}

/**
 * The citation of an item of a report. `baseUrl` is the site's absolute URL without a trailing slash,
 * or null: the citation then gives the site path, and the page says why (see `siteUrlNotice`).
 */
export function citation(report: CitableReport, item: CitedItem, baseUrl: string | null): Citation {
  const url = baseUrl === null ? item.path : `${baseUrl}${item.path}`;
  const page = item.lines ? pagesOfLines(report.source.pages, item.lines[0], item.lines[1]) : null;
  const cited = citedPart(item.label, page);
  return {
    reference: reference(report, cited, url),
    plain: plainLine(report, cited, url),
    url,
    absolute: baseUrl !== null,
    sourceUrl: report.sourceUrl,
    lines: item.lines ? lineSpanText(item.lines) : null,
    page,
  };
}
