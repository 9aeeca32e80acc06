/**
 * The site's own pages written in Markdown (content/pages/*.md: 数据说明 and the like) → HTML, through
 * remark-parse → remark-rehype → rehype-sanitize → rehype-stringify. Report texts never come this way:
 * they are not Markdown (see ../narrative/).
 */
import type { Heading, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

/** A Markdown page: its title (the first level-1 heading) and its body as HTML without that heading. */
export interface MarkdownPage {
  readonly title: string;
  readonly html: string;
}

const parser = unified().use(remarkParse);
const toHtml = unified().use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

/** The first `# heading` of the tree, or null. */
function titleHeading(tree: Root): Heading | null {
  const first = tree.children.find((n): n is Heading => n.type === "heading" && n.depth === 1);
  return first ?? null;
}

/**
 * Renders one Markdown page. The first level-1 heading is its title (the page template prints it as the
 * `<h1>`); `file` names the source in the error when there is none.
 */
export function renderMarkdownPage(markdown: string, file: string): MarkdownPage {
  const tree = parser.parse(markdown);
  const heading = titleHeading(tree);
  if (!heading) throw new Error(`${file}: a page needs a level-1 heading (# 标题) on its first lines, as its title`);
  const body: Root = { ...tree, children: tree.children.filter((n) => n !== heading) };
  const hast = toHtml.runSync(body);
  return { title: toString(heading), html: toHtml.stringify(hast) };
}
