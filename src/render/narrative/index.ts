import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { Report } from "../../model/index.ts";
import { rehypeAnchors } from "./anchors.ts";
import { handlers } from "./hast/handlers.ts";
import { narrativeSchema } from "./sanitize-schema.ts";
import { blocksToMdast } from "./to-mdast.ts";

// Sanitize before ids are added, or they would be clobbered to `user-content-…`.
const processor = unified()
  .use(remarkRehype, { handlers })
  .use(rehypeSanitize, narrativeSchema)
  .use(rehypeAnchors)
  .use(rehypeStringify);

/** The report's narrative (its body blocks in reading order) as an HTML fragment. */
export function renderNarrative(report: Report): string {
  const hast = processor.runSync(blocksToMdast(report));
  return processor.stringify(hast);
}
