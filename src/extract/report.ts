import { Report, toDiagnostic, finding, type Finding } from "../model/index.ts";
import type { Decoded } from "../ingest/decode.ts";
import type { SourceLine } from "../ingest/lines.ts";
import { parseDocument } from "../parse/document.ts";
import { extractHeadings } from "./headings.ts";
import { extractItems } from "./items.ts";
import { readMetadata, type Metadata } from "./metadata.ts";
import { readSidecar, type Sidecar } from "./sidecar.ts";
import { reportId } from "./slug.ts";
import { checkToc, readTocEntry } from "./toc-check.ts";
import { unaccounted } from "./coverage.ts";
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

/**
 * Turns one decoded report into its record: parse the document, read the
 * metadata (sidecar wins), give every item its id, cross-check the TOCs.
 */
export function extractReport(input: ExtractInput): {
  report: Report;
  findings: Finding[];
  sidecarError: string | null;
} {
  const { file, decoded, lines } = input;
  const doc = parseDocument(lines);
  const firstHeading = doc.blocks.find((b) => b.kind === "heading");
  const firstIndex = firstHeading && "line" in firstHeading ? firstHeading.line - 1 : lines.length;
  const meta = readMetadata(lines, doc.bodyStart, firstIndex, file.replace(/\.[^.]+$/, ""));
  const { sidecar, error } = readSidecar(input.sidecar);
  const metadata = withOverrides(meta.metadata, sidecar);
  const id = sidecar.id ?? reportId(metadata, file);
  const headings = extractHeadings(doc.blocks);
  const items = extractItems(id, placeBlocks(doc.blocks), headings.idOf);
  const toc = doc.toc.map(readTocEntry);
  const tocFindings = checkToc(toc, [
    ...items.tables.map((t) => ({ kind: "table" as const, number: t.number, title: t.caption })),
    ...items.figures.map((f) => ({ kind: "figure" as const, number: f.number, title: f.caption })),
    ...items.cases.map((c) => ({ kind: "case" as const, number: c.number, title: c.title })),
  ]);
  const overridden = new Set(Object.keys(sidecar));
  const findings = [
    ...meta.findings.filter(
      (f) => !(f.ruleId === "metadata-missing" && overridden.has((f.params as { field: string }).field)),
    ),
    ...doc.findings,
    ...headings.findings,
    ...items.findings,
    ...tocFindings,
    ...htmlFindings(lines),
  ].filter((f) => !(f.ruleId === "title-not-found" && overridden.has("title")));
  const draft = Report.parse({
    id,
    url: `/reports/${id}/`,
    source: { file, sha256: decoded.sha256, bytes: decoded.bytes, lines: lines.length, encoding: decoded.encoding },
    title: metadata.title,
    region: metadata.region,
    regionLevel: metadata.regionLevel,
    schoolLevel: metadata.schoolLevel,
    reportYear: metadata.reportYear,
    dataYear: metadata.dataYear,
    publisher: metadata.publisher,
    publishedOn: metadata.publishedOn,
    headings: headings.headings,
    tables: items.tables,
    figures: items.figures,
    cases: items.cases,
    toc,
    body: items.body,
    artefacts: doc.artefacts.sort((a, b) => a.line - b.line),
    diagnostics: findings.sort((a, b) => a.line - b.line).map((f) => toDiagnostic(file, f)),
  });
  // The nothing-lost check runs on every build, so a parser regression shows on the data-quality page.
  const lost = unaccounted(draft, lines).map((u) => finding("text-unaccounted", { missing: u.missing }, u.line));
  const diagnostics = [...draft.diagnostics, ...lost.map((f) => toDiagnostic(file, f))].sort((a, b) => a.line - b.line);
  return { report: { ...draft, diagnostics }, findings: [...findings, ...lost], sidecarError: error };
}
