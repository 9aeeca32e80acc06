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

/** A merged region of a table: a header label spanning columns or rows, or a body label printed once for a group of rows. */
export const TableMerge = z.object({
  part: z.enum(["header", "body"]),
  row: z.number().int().nonnegative().describe("0-based: the header row, or the data row (index into rows)"),
  column: z.number().int().nonnegative().describe("0-based column of the region's top-left cell"),
  rows: z.number().int().positive(),
  columns: z.number().int().positive(),
});
export type TableMerge = z.infer<typeof TableMerge>;

/** The number a data cell prints, read by src/lib/numbers.ts. */
export const TableValue = z.object({
  number: z
    .number()
    .describe("as printed, before any multiplier: 4,837.51 → 4837.51, 1.8万 → 1.8 (unit 万); a ratio a:b → a/b"),
  unit: z
    .string()
    .nullable()
    .describe(
      "from the cell (96.5%), else the column header (（人）), the row (a 单位 column, 生均…（万元）) or the caption/note (单位：万元); ratio for a:b; null when none is printed",
    ),
  footnote: z.string().nullable().describe("the footnote mark printed after the number (9009⁶ → ⁶)"),
});
export type TableValue = z.infer<typeof TableValue>;

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
  rows: z
    .array(z.array(z.string()))
    .describe(
      "the data cells, each row self-contained: a group label printed once over several rows (a merged cell) is filled into every row of its group, a row printed one column to the right is put back; a genuinely empty cell stays empty",
    ),
  printed: z
    .array(z.array(z.string()))
    .default([])
    .describe("the data cells as printed: merged cells blank below their label (empty in records written before it)"),
  merges: z.array(TableMerge).default([]).describe("merged regions of the header and the body"),
  values: z
    .array(z.array(TableValue.nullable()))
    .default([])
    .describe(
      "parallel to rows: the number of each cell, null for text, blanks, dashes and identifier columns (empty in records written before it)",
    ),
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
  sourceUrl: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .default(null)
    .describe("where the original publication is online, when a sidecar gives it (`sourceUrl:`); null otherwise"),
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
