/**
 * The baseline of the synthetic bench: Eleventy alone turning plain Markdown pages into HTML, no layout,
 * no data, no plugins. Our build divided by this is what our pages cost over the engine's own minimum.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

import { Eleventy } from "@11ty/eleventy";

/** About 1.5 KB of Markdown: a title, a few paragraphs and a list, numbered so no two pages are alike. */
function page(i: number): string {
  const paragraph = `第 ${i} 页的正文：职业教育质量年度报告的一段文字，说明学校、专业和指标的情况。`.repeat(4);
  return [
    "---",
    `title: 页面 ${i}`,
    "---",
    `# 页面 ${i}`,
    "",
    paragraph,
    "",
    paragraph,
    "",
    "- 招生人数",
    "- 在校生人数",
    "- 毕业生就业率",
    "",
    paragraph,
    "",
  ].join("\n");
}

/** Writes `count` Markdown pages under `dir` and times one Eleventy build of them into `dir/_site`. */
export async function benchBaseline(
  dir: string,
  count: number,
  now: () => number,
): Promise<{ pages: number; ms: number }> {
  const input = join(dir, "pages");
  await mkdir(input, { recursive: true });
  for (let i = 1; i <= count; i++) await writeFile(join(input, `p${i}.md`), page(i));
  // An empty config of its own, so that Eleventy does not pick up the project's eleventy.config.ts.
  const configPath = join(dir, "eleventy.config.mjs");
  await writeFile(configPath, "export default function () {}\n");
  const eleventy = new Eleventy(input, join(dir, "_site"), { configPath, quietMode: true });
  eleventy.disableLogger();
  const start = now();
  await eleventy.write();
  return { pages: count, ms: now() - start };
}
