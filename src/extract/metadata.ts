import type { SourceLine } from "../ingest/lines.ts";
import { isBlank, squash } from "../lib/text.ts";
import { type Finding, finding } from "../model/index.ts";
import { parseDateLine, yearInTitle } from "./dates.ts";
import { readTitle, type TitleFacts } from "./region.ts";

/** Report metadata as read from the text (a sidecar may override any of it). */
export interface Metadata extends TitleFacts {
  title: string;
  reportYear: number | null;
  dataYear: number | null;
  publisher: string | null;
  publishedOn: string | null;
}

const TITLE = /质量(?:年度)?报告|年度报告|质量年报/;
const PUBLISHER =
  /(委员会|教育局|教育厅|教委|人民政府|办公室|研究院|研究所|学校|学院|大学)(?:\s*(?:编制|编|发布|印发))?$/;
const STATED_YEAR = /(?:现对|对|就)\s*(\d{4})\s*年(?:度)?.{0,8}(?:情况|工作).{0,4}报告/;

/** Non-blank lines of the front (before the body) and the last lines (a signature block). */
function zones(lines: readonly SourceLine[], bodyStart: number, firstHeading: number): SourceLine[][] {
  const frontEnd = Math.min(Math.max(bodyStart, firstHeading, 1), 60, lines.length);
  const front = lines.slice(0, frontEnd).filter((l) => !isBlank(l.text));
  const tail = lines.filter((l) => !isBlank(l.text)).slice(-8);
  return [front, tail];
}

/** The title line; a title broken over two lines (…职业教育 / 质量年度报告…) is joined. */
function findTitle(front: SourceLine[]): { text: string; no: number } | undefined {
  const i = front.findIndex((l) => TITLE.test(l.text) && squash(l.text).length <= 60);
  const line = front[i];
  if (!line) return undefined;
  const prev = front[i - 1];
  const broken = /^(质量|年度报告|教育质量)/.test(squash(line.text)) && prev && prev.no >= line.no - 2;
  if (broken && squash(prev.text).length <= 30) return { text: prev.text.trim() + line.text.trim(), no: prev.no };
  return { text: line.text.trim(), no: line.no };
}

function findPublisher(candidates: SourceLine[], title: string): string | null {
  const hit = candidates.find(
    (l) => l.text.trim() !== title && squash(l.text).length <= 30 && PUBLISHER.test(l.text.trim()),
  );
  return hit ? hit.text.trim().replace(/\s*(编制|编|发布|印发)$/, "") : null;
}

function findDate(candidates: SourceLine[]): string | null {
  for (const l of candidates) {
    const d = parseDateLine(l.text);
    if (d) return d;
  }
  return null;
}

/**
 * The year the data describe: stated ("现对 2022年情况报告如下"), or the
 * report year when the title says 年度, or else the year before publication
 * when it was published in the first half of a year.
 */
function dataYearOf(
  title: string,
  reportYear: number | null,
  publishedOn: string | null,
  text: SourceLine[],
): number | null {
  const stated = text.map((l) => STATED_YEAR.exec(l.text)).find((m) => m?.[1]);
  if (stated?.[1]) return Number(stated[1]);
  if (reportYear !== null && new RegExp(`${reportYear}\\s*年度`).test(title)) return reportYear;
  if (!publishedOn) return null;
  const [y, m] = publishedOn.split("-").map(Number);
  if (y === undefined || m === undefined) return null;
  const year = m <= 6 ? y - 1 : y;
  return reportYear !== null ? Math.min(year, reportYear) : year;
}

/** Reads title, region, levels, years, publisher and date from the text, with warnings for what is missing. */
export function readMetadata(
  lines: readonly SourceLine[],
  bodyStart: number,
  firstHeading: number,
  fallbackTitle: string,
): { metadata: Metadata; findings: Finding[] } {
  const findings: Finding[] = [];
  const [front = [], tail = []] = zones(lines, bodyStart, firstHeading);
  const titleLine = findTitle(front);
  if (!titleLine) findings.push(finding("title-not-found", undefined, 1));
  const title = titleLine ? titleLine.text : fallbackTitle;
  const reportYear = yearInTitle(title);
  const publishedOn = findDate(front) ?? findDate(tail);
  const metadata: Metadata = {
    title,
    ...readTitle(title),
    reportYear,
    dataYear: dataYearOf(title, reportYear, publishedOn, lines.slice(0, 80) as SourceLine[]),
    publisher: findPublisher(front, title) ?? findPublisher(tail, title),
    publishedOn,
  };
  for (const field of ["region", "schoolLevel", "reportYear", "dataYear"] as const) {
    if (metadata[field] === null && titleLine) findings.push(finding("metadata-missing", { field }, titleLine.no));
  }
  return { metadata, findings };
}
