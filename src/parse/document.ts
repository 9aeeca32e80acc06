import type { SourceLine } from "../ingest/lines.ts";
import type { Artefact, Finding, TocEntry } from "../model/index.ts";
import { artefactHandler, artefactKind } from "./blocks/artefact.ts";
import { caseHandler, matchCaseMarker } from "./blocks/case.ts";
import { displacedTableHandler } from "./blocks/displaced-table.ts";
import { figureHandler, matchFigureCaption } from "./blocks/figure.ts";
import { headingHandler } from "./blocks/heading.ts";
import { isNoteLine, noteHandler } from "./blocks/note.ts";
import { paragraphHandler } from "./blocks/paragraph.ts";
import { tableHandler } from "./blocks/table.ts";
import type { BlockContext, BlockHandler, HeadingBlock, ParsedBlock, TableBlock } from "./blocks/types.ts";
import { findHeadings } from "./headings.ts";
import { detectWrapWidth } from "./layout.ts";
import { findRunningHeaders } from "./running-headers.ts";
import { matchTableCaption } from "./table/index.ts";
import { findToc, isTocHeader, type TocZone } from "./toc.ts";

/** The parsed document: blocks in reading order plus everything set aside. */
export interface ParsedDocument {
  readonly lines: readonly SourceLine[];
  readonly blocks: ParsedBlock[];
  readonly toc: TocEntry[];
  readonly tocZones: TocZone[];
  /** 0-based index of the first body line (after cover pages' TOC). */
  readonly bodyStart: number;
  readonly artefacts: Artefact[];
  readonly findings: Finding[];
}

function inZones(zones: readonly TocZone[]): (i: number) => boolean {
  return (i) => zones.some((z) => i >= z.start && i <= z.end);
}

function headingIndex(lines: readonly SourceLine[], toc: TocEntry[], zones: TocZone[], wrapWidth: number | null) {
  const last = zones.at(-1);
  const bodyStart = last ? last.end + 1 : 0;
  const { headings, findings } = findHeadings({
    lines,
    toc: toc.filter((e) => e.kind === "heading"),
    bodyStart,
    skip: inZones(zones),
    wrapWidth,
  });
  const byIndex = new Map<number, HeadingBlock>();
  for (const h of headings) {
    byIndex.set(h.index, { kind: "heading", line: h.line, candidate: h.candidate, title: h.title, level: h.level });
  }
  return { byIndex, findings, bodyStart };
}

function makeContext(
  lines: readonly SourceLine[],
  headings: Map<number, HeadingBlock>,
  wrapWidth: number | null,
): BlockContext {
  const isBoundary = (i: number): boolean => {
    const text = lines[i]?.text;
    if (text === undefined) return true;
    return (
      headings.has(i) ||
      matchTableCaption(text) !== null ||
      matchFigureCaption(text) !== null ||
      matchCaseMarker(text) !== null ||
      isTocHeader(text) ||
      isNoteLine(text)
    );
  };
  const running = findRunningHeaders(lines, isBoundary);
  return {
    lines,
    isBoundary,
    wrapWidth,
    headingAt: (i) => headings.get(i),
    artefactAt: (i) => artefactKind(lines[i]?.text ?? "") ?? (running.has(i) ? "running-header" : null),
  };
}

/** Runs the handlers in priority order at each position; the first that claims wins. */
function scan(ctx: BlockContext, handlers: BlockHandler[], skip: (i: number) => boolean, findings: Finding[]) {
  const blocks: ParsedBlock[] = [];
  const artefacts: Artefact[] = [];
  let i = 0;
  while (i < ctx.lines.length) {
    const line = ctx.lines[i];
    if (!line) break;
    if (line.text === "") {
      i++;
      continue;
    }
    if (skip(i)) {
      artefacts.push({ kind: "toc", line: line.no, text: line.text });
      i++;
      continue;
    }
    const claim = firstClaim(ctx, handlers, i);
    blocks.push(...claim.blocks);
    artefacts.push(...(claim.artefacts ?? []));
    findings.push(...(claim.findings ?? []));
    i = claim.next;
  }
  return { blocks, artefacts };
}

function firstClaim(ctx: BlockContext, handlers: BlockHandler[], i: number) {
  for (const h of handlers) {
    const claim = h.claim(ctx, i);
    if (claim) return claim;
  }
  throw new Error(`no handler claimed line ${i + 1}`);
}

/**
 * Parses the lines of one report into blocks: tables of contents set aside,
 * headings decided first (they bound everything else), then tables,
 * figures, cases, notes, page artefacts and re-joined paragraphs.
 */
export function parseDocument(lines: readonly SourceLine[]): ParsedDocument {
  const { zones, entries } = findToc(lines);
  const wrapWidth = detectWrapWidth(lines);
  const headings = headingIndex(lines, entries, zones, wrapWidth);
  const ctx = makeContext(lines, headings.byIndex, wrapWidth);
  const waiting: TableBlock[] = [];
  const findings: Finding[] = [...headings.findings];
  const tables: BlockHandler = {
    kind: "table",
    claim(c, i) {
      const claim = tableHandler.claim(c, i);
      const block = claim?.blocks[0];
      if (block?.kind === "table" && block.table.bodyLines === null) waiting.push(block);
      return claim;
    },
  };
  const handlers = [
    artefactHandler,
    headingHandler,
    tables,
    figureHandler,
    caseHandler,
    noteHandler,
    displacedTableHandler(waiting, findings),
    paragraphHandler,
  ];
  // One findings list: the displaced-body handler retracts "no body" warnings made earlier.
  const result = scan(ctx, handlers, inZones(zones), findings);
  return {
    lines,
    blocks: result.blocks,
    toc: entries,
    tocZones: zones,
    bodyStart: headings.bodyStart,
    artefacts: result.artefacts,
    findings,
  };
}
