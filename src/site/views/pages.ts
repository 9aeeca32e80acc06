/** The site's own pages (content/pages/<slug>.md: 数据说明…), read and rendered for their template. */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { byCodePoint } from "../../lib/sort.ts";
import { urls } from "../../model/urls.ts";
import { renderMarkdownPage } from "../../render/markdown/index.ts";

/** One page of content/pages/, ready for templates/page.11ty.ts. */
export interface StaticPage {
  /** The file name without `.md`: its URL segment (`about` → `/about/`). */
  readonly slug: string;
  readonly url: string;
  readonly title: string;
  readonly html: string;
}

export const PAGES_DIR = fileURLToPath(new URL("../../../content/pages/", import.meta.url));

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Every `*.md` of the folder as a page, sorted by slug. A file name that is not lower-case ASCII fails
 * the build naming the file: it becomes a permalink.
 */
export async function readPages(dir: string = PAGES_DIR): Promise<StaticPage[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith(".md")).sort(byCodePoint);
  return Promise.all(
    names.map(async (name) => {
      const slug = name.slice(0, -".md".length);
      const path = join(dir, name);
      if (!SLUG.test(slug))
        throw new Error(`${path}: page file names are their URLs: use lower-case ASCII and hyphens`);
      const { title, html } = renderMarkdownPage(await readFile(path, "utf8"), path);
      return { slug, url: urls.page(slug), title, html };
    }),
  );
}
