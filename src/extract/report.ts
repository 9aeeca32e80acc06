import type { Decoded } from "../ingest/decode.ts";
import type { SourceLine } from "../ingest/lines.ts";
import { type Finding, finding, Report, type TocEntry, toDiagnostic } from "../model/index.ts";
import { urls } from "../model/urls.ts";
import { type ParsedDocument, parseDocument } from "../parse/document.ts";
import { unaccounted } from "./coverage.ts";
import { extractHeadings } from "./headings.ts";
import { extractItems, type Items } from "./items.ts";
import { type Metadata, readMetadata } from "./metadata.ts";
import { readSidecar, type Sidecar } from "./sidecar.ts";
import { reportId } from "./slug.ts";
import { checkToc, readTocEntry } from "./toc-check.ts";
import { placeBlocks } from "./walk.ts";

export interface ExtractInput {
  readonly file: string;
  readonly decoded: Decoded;
  readonly lines: readonly SourceLine[];
  readonly sidecar: string | null;
}

function htmlFindings(lines: readonly SourceLine[]): Finding[] {
  const hit = lines.find((l) => /<\/?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?\/?>/.test(l.text));
  return hit ? [finding("html-in-text", undefined, hit.no)] : [];
}

/** The metadata read from the text with every field the sidecar sets replaced. */
function withOverrides(read: Metadata, sidecar: Sidecar): Metadata {
  const out: Metadata = { ...read };
  for (const [key, value] of Object.entries(sidecar)) {
    if (value !== undefined && key !== "id") (out as unknown as Record<string, unknown>)[key] = value;
  }
  return out;
}

/** Findings a sidecar makes moot: a missing field it sets, a missing title it gives. */
function withoutOverridden(findings: Finding[], sidecar: Sidecar): Finding[] {
  const set = new Set(Object.keys(sidecar));
  return findings.filter((f) => {
    if (f.ruleId === "title-not-found") return !set.has("title");
    if (f.ruleId === "metadata-missing") return !set.has((f.params as { field: string }).field);
    return true;
  });
}

/** Reads metadata from the text and lets the sidecar override any of it. */
function metadataOf(input: ExtractInput, doc: ParsedDocument) {
  const firstHeading = doc.blocks.find((b) => b.kind === "heading");
  const firstIndex = firstHeading?.kind === "heading" ? firstHeading.line - 1 : input.lines.length;
  const read = readMetadata(input.lines, doc.bodyStart, firstIndex, input.file.replace(/\.[^.]+$/, ""));
  const { sidecar, error } = readSidecar(input.sidecar);
  const metadata = withOverrides(read.metadata, sidecar);
  const id = sidecar.id ?? reportId(metadata, input.file);
  const sourceUrl = sidecar.sourceUrl ?? null;
  return { id, metadata, sourceUrl, findings: withoutOverridden(read.findings, sidecar), sidecarError: error };
}

/** The 表目录/图目录/案例目录 entries checked against the items found in the body. */
function tocFindings(toc: TocEntry[], items: Items): Finding[] {
  return checkToc(toc, [
    ...items.tables.map((t) => ({ kind: "table" as const, number: t.number, title: t.caption })),
    ...items.figures.map((f) => ({ kind: "figure" as const, number: f.number, title: f.caption })),
    ...items.cases.map((c) => ({ kind: "case" as const, number: c.number, title: c.title })),
  ]);
}

const byLine = (a: { line: number }, b: { line: number }) => a.line - b.line;

/**
 * Turns one decoded report into its record: parse the document, read the
 * metadata (sidecar wins), give every item its id, cross-check the TOCs,
 * then check that nothing of the text was lost.
 */
export function extractReport(input: ExtractInput): {
  report: Report;
  findings: Finding[];
  sidecarError: string | null;
} {
  const { file, decoded, lines } = input;
  const doc = parseDocument(lines);
  const meta = metadataOf(input, doc);
  const headings = extractHeadings(doc.blocks);
  const items = extractItems(meta.id, placeBlocks(doc.blocks), headings.idOf);
  const toc = doc.toc.map(readTocEntry);
  const findings = [
    ...meta.findings,
    ...doc.findings,
    ...headings.findings,
    ...items.findings,
    ...tocFindings(toc, items),
    ...htmlFindings(lines),
  ];
  const m = meta.metadata;
  const draft = Report.parse({
    id: meta.id,
    url: urls.report(meta.id),
    source: { file, sha256: decoded.sha256, bytes: decoded.bytes, lines: lines.length, encoding: decoded.encoding },
    ...{ title: m.title, region: m.region, regionLevel: m.regionLevel, schoolLevel: m.schoolLevel },
    ...{ reportYear: m.reportYear, dataYear: m.dataYear, publisher: m.publisher, publishedOn: m.publishedOn },
    sourceUrl: meta.sourceUrl,
    ...{ headings: headings.headings, tables: items.tables, figures: items.figures, cases: items.cases },
    ...{ toc, body: items.body, artefacts: doc.artefacts.sort(byLine), diagnostics: [] },
  });
  // The nothing-lost check runs on every build, so a parser regression shows on the data-quality page.
  const lost = unaccounted(draft, lines).map((u) => finding("text-unaccounted", { missing: u.missing }, u.line));
  const all = [...findings, ...lost].sort(byLine);
  const report = { ...draft, diagnostics: all.map((f) => toDiagnostic(file, f)) };
  return { report, findings: all, sidecarError: meta.sidecarError };
}
