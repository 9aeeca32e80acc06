import type { Element, ElementContent, Root } from "hast";
import type { Plugin } from "unified";

/** Chart figures (trusted HTML rendered by the chart stage) by table id. */
export type ChartFigures = ReadonlyMap<string, string>;

function isTableWrapper(node: ElementContent): node is Element {
  if (node.type !== "element" || node.tagName !== "div") return false;
  const className = node.properties["className"];
  return Array.isArray(className) && className.includes("table-scroll");
}

function tableId(wrapper: Element): string | null {
  const table = wrapper.children.find((c): c is Element => c.type === "element" && c.tagName === "table");
  const id = table?.properties["id"];
  return typeof id === "string" ? id : null;
}

/**
 * Puts each table's chart right after the table. The figure is a `raw` node
 * added after sanitizing: it is the chart stage's own SVG, never report text.
 */
export function placeCharts(node: Root | Element, charts: ChartFigures): void {
  const out: ElementContent[] = [];
  for (const child of node.children) {
    if (child.type === "doctype") continue; // a narrative fragment has none
    out.push(child);
    if (child.type !== "element") continue;
    const id = isTableWrapper(child) ? tableId(child) : null;
    const figure = id === null ? undefined : charts.get(id);
    if (figure) out.push({ type: "raw", value: figure });
    else placeCharts(child, charts);
  }
  node.children = out;
}

/** rehype adapter: charts come in `file.data.charts`. */
export const rehypeCharts: Plugin<[], Root> = () => (tree, file) => {
  const charts = (file.data as { charts?: ChartFigures }).charts;
  if (charts && charts.size > 0) placeCharts(tree, charts);
};
