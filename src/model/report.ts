import { z } from "zod";

import { Diagnostic } from "./diagnostic.ts";

const Line = z.number().int().positive().describe("1-based line in the raw file, as an editor shows it");
const AsciiId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

export const RegionLevel = z.enum(["province", "municipality", "city", "district"]);
export const SchoolLevel = z.enum(["secondary", "higher"]);

/** A numbered (or unnumbered) section heading of the report body. */
export const Heading = z.object({
  id: AsciiId,
  number: z.string().nullable().describe("normalised: 1.2.1, （一）, 1; null when unnumbered"),
  title: z.string(),
  level: z.number().int().min(1).max(6),
  line: Line,
  parentId: AsciiId.nullable(),
});
export type Heading = z.infer<typeof Heading>;

/** A numbered table: caption, header rows and data rows as real cells. */
export const Table = z.object({
  id: AsciiId,
  number: z.string().describe('as printed without 表 and spaces, e.g. "1-2-1"'),
  caption: z.string(),
  line: Line,
  hasBody: z.boolean(),
  bodyLines: z.tuple([Line, Line]).nullable().describe("first and last line of the body"),
  header: z.array(z.array(z.string())).describe("one array per header row, each as wide as the data rows"),
  columns: z.array(z.string()).describe("one flattened name per column (group/sub for multi-row headers)"),
  rows: z.array(z.array(z.string())),
  rowLines: z.array(Line).describe("source line of each data row"),
  note: z.string().nullable(),
  sectionId: AsciiId.nullable(),
  url: z.string(),
});
export type Table = z.infer<typeof Table>;

/** A numbered figure caption (the image itself is not in the text). */
export const Figure = z.object({
  id: AsciiId,
  number: z.string(),
  caption: z.string(),
  line: Line,
  sectionId: AsciiId.nullable(),
  caseId: AsciiId.nullable(),
});
export type Figure = z.infer<typeof Figure>;

/** A case study (案例): its marker line through its last body line. */
export const Case = z.object({
  id: AsciiId,
  number: z.string().nullable().describe("null when the report does not number it"),
  label: z.string().describe("the marker word as printed: 案例, 案例分享, 典型…"),
  title: z.string(),
  line: Line,
  endLine: Line,
  sectionId: AsciiId.nullable(),
  url: z.string(),
});
export type Case = z.infer<typeof Case>;

/** A run of the body in reading order; the narrative is rebuilt from these. */
export const Block = z.object({
  kind: z.enum(["heading", "paragraph", "table", "figure", "case", "note"]),
  line: Line,
  endLine: Line,
  text: z.string().describe("paragraph text re-joined across wraps; for references, the caption"),
  ref: AsciiId.nullable().describe("id of the heading/table/figure/case this block stands for"),
  caseId: AsciiId.nullable().describe("the case this block belongs to, if any"),
});
export type Block = z.infer<typeof Block>;

/** Something removed from the text, kept so that nothing is silently lost. */
export const Artefact = z.object({
  kind: z.enum([
    "page-number",
    "whitespace",
    "separator",
    "repeated-header",
    "repeated-character",
    "running-header",
    "toc",
    "front-matter",
    "footnote-marker",
    "page-break",
    "control-character",
    "invisible-character",
    "replacement-character",
    "special-space",
  ]),
  line: Line,
  text: z
    .string()
    .describe(
      "what was removed; the characters normalised at ingest (page-break … special-space) are listed as found on the line, control characters as their Control Pictures symbol (␀ NUL, ␛ ESC, ␌ form feed)",
    ),
});
export type Artefact = z.infer<typeof Artefact>;

export const TocEntry = z.object({
  kind: z.enum(["heading", "table", "figure", "case"]),
  number: z.string().nullable(),
  title: z.string(),
  page: z.string().nullable(),
  line: Line,
});
export type TocEntry = z.infer<typeof TocEntry>;

/** Where a printed page starts in the text, so that an item can be cited as 第 N 页. */
export const PageStart = z.object({
  line: Line.describe("the page's first line"),
  page: z
    .number()
    .int()
    .positive()
    .nullable()
    .describe("the page number printed on it (a stray page-number line), or null when the page shows none"),
});
export type PageStart = z.infer<typeof PageStart>;

export const Source = z.object({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  lines: z.number().int().nonnegative(),
  encoding: z.enum(["utf-8", "utf-8-bom", "gb18030", "utf-16le", "utf-16le-bom", "utf-16be", "utf-16be-bom"]),
  pages: z
    .array(PageStart)
    .default([])
    .describe(
      "the printed pages, in order: each from its first line up to the next entry's; empty when the text shows no page breaks",
    ),
});

/** The published record of one report. */
export const Report = z.object({
  id: AsciiId,
  url: z.string(),
  source: Source,
  title: z.string(),
  region: z.string().nullable(),
  regionLevel: RegionLevel.nullable(),
  schoolLevel: SchoolLevel.nullable(),
  reportYear: z.number().int().nullable(),
  dataYear: z.number().int().nullable(),
  publisher: z.string().nullable(),
  publishedOn: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable(),
  headings: z.array(Heading),
  tables: z.array(Table),
  figures: z.array(Figure),
  cases: z.array(Case),
  toc: z.array(TocEntry),
  body: z.array(Block),
  artefacts: z.array(Artefact),
  diagnostics: z.array(Diagnostic),
});
export type Report = z.infer<typeof Report>;

/** One line of dist/data/index.json. */
export const ReportSummary = Report.pick({
  id: true,
  url: true,
  title: true,
  region: true,
  regionLevel: true,
  schoolLevel: true,
  reportYear: true,
  dataYear: true,
  publisher: true,
  publishedOn: true,
}).extend({
  file: z.string(),
  sha256: z.string(),
  counts: z.object({
    headings: z.number().int(),
    tables: z.number().int(),
    figures: z.number().int(),
    cases: z.number().int(),
    diagnostics: z.number().int(),
  }),
});
export type ReportSummary = z.infer<typeof ReportSummary>;

export const ReportIndex = z.object({
  generator: z.string(),
  reports: z.array(ReportSummary),
});
export type ReportIndex = z.infer<typeof ReportIndex>;
