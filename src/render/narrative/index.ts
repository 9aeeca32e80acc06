import type { Root } from "mdast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

import type { Block, Report, Table } from "../../model/index.ts";
import { rehypeAnchors } from "./anchors.ts";
import { type ChartFigures, rehypeCharts } from "./charts.ts";
import { narrativeHandlers } from "./hast/handlers.ts";
import type { NameIndex } from "./names/find.ts";
import { rehypeCellNameLinks, remarkNameLinks } from "./names/plugin.ts";
import { type PlacedReference, remarkCrossReferences } from "./references/plugin.ts";
import { referenceTargets } from "./references/targets.ts";
import { narrativeSchema } from "./sanitize-schema.ts";
import { blocksToFlatMdast, blocksToMdast } from "./to-mdast.ts";

// Sanitize before ids are added, or they would be clobbered to `user-content-…`.
const processor = (linkPages: boolean) =>
  unified()
    .use(remarkCrossReferences)
    // After the cross-references, so that a name never splits a reference (names skip link text).
    .use(remarkNameLinks)
    .use(remarkRehype, { handlers: narrativeHandlers({ linkPages }) })
    .use(rehypeSanitize, narrativeSchema)
    .use(rehypeAnchors)
    .use(rehypeCellNameLinks)
    .use(rehypeCharts)
    // Raw nodes exist only where rehypeCharts put the chart stage's SVG (after sanitizing).
    .use(rehypeStringify, { allowDangerousHtml: true });

/** In the narrative, tables link to their pages; on a table or case page nothing links to itself. */
const narrative = processor(true);
const standalone = processor(false);

/** Rendered HTML and the cross-references found in its paragraphs (linked or not). */
export interface Rendered {
  readonly html: string;
  readonly references: PlacedReference[];
}

/** What the renderer may link besides the report's own items. */
export interface RenderOptions {
  /** School names to link to their pages (first mention per paragraph, and in table cells). */
  readonly names?: NameIndex;
  /** Chart figures to place after their tables, by table id. */
  readonly charts?: ChartFigures;
}

function toHtml(tree: Root, using: typeof narrative, report: Report | null, options: RenderOptions): Rendered {
  const references: PlacedReference[] = [];
  const data = {
    ...(report ? { crossReferences: { targets: referenceTargets(report), found: references } } : {}),
    ...(options.names ? { nameLinks: options.names } : {}),
    ...(options.charts ? { charts: options.charts } : {}),
  };
  const file = { data };
  return { html: using.stringify(using.runSync(tree, file), file), references };
}

/** The report's narrative (its body blocks in reading order) with its cross-references linked. */
export function renderReport(report: Report, options: RenderOptions = {}): Rendered {
  return toHtml(blocksToMdast(report), narrative, report, options);
}

/** The report's narrative as an HTML fragment. */
export function renderNarrative(report: Report, options: RenderOptions = {}): string {
  return renderReport(report, options).html;
}

/** One table as on its own page: the narrative's markup, the caption not linking to the page. */
export function renderTable(table: Table, options: RenderOptions = {}): string {
  return toHtml({ type: "root", children: [{ type: "reportTable", table }] }, standalone, null, options).html;
}

/** Some body blocks of a report (e.g. a case's) as an HTML fragment, not grouped into cases. */
export function renderBlocks(report: Report, blocks: readonly Block[], options: RenderOptions = {}): string {
  return toHtml(blocksToFlatMdast(report, blocks), narrative, report, options).html;
}
