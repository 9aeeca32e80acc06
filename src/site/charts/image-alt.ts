/**
 * The alt text of a chart shown as an image next to the table of its values. The full description
 * (src/render/charts/describe.ts, panel-spec.ts) names every value so that the chart can be read without
 * seeing it; beside its table that repeats the table, so the image says what it is and where the values
 * are.
 */
import type { TopLevelSpec } from "vega-lite";

/**
 * The spec with its description cut to its first sentence (the kind of chart, what it draws, how many
 * points: the describers put that summary first) and `where` after it (`数值见上表。`): an image figure
 * (`chartImageFigure`) takes its alt text from the description. A spec without one is left as it is.
 */
export function withBriefAlt(spec: TopLevelSpec, where: string): TopLevelSpec {
  const description = typeof spec.description === "string" ? spec.description : "";
  if (description === "") return spec;
  const end = description.indexOf("。");
  const summary = end < 0 ? `${description}。` : description.slice(0, end + 1);
  return { ...spec, description: `${summary}${where}` };
}
