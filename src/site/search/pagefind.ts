import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

import * as pagefind from "pagefind";

import { outputPath, urls } from "../../model/urls.ts";
import { canonicalSearchFiles } from "./canonical.ts";

/**
 * Indexes the built pages with Pagefind and writes `<outDir>/pagefind/`.
 * Only pages marked `data-pagefind-body` (report, table, case, school and specialty pages) are indexed;
 * Chinese is segmented because every page says `lang="zh-CN"`.
 * Filter data are put in a stable order (`canonicalSearchFiles`), so two builds are byte-identical.
 * Returns the number of pages indexed.
 *
 * Pagefind 1.6.0 (pinned): 1.5.x segmented Chinese with one segmenter when indexing and another when
 * searching (Pagefind issue #1237); on the bundled reports mean recall over the 51 probe terms of
 * tests/browser/search-recall.test.ts went from 0.80 (1.5.2; 17 terms under 0.95, 北京国际职业教育学校
 * found on 0 of its 18 pages) to 1.00. 1.6.0 writes the same bundle
 * layout and the same gzip + `pagefind_dcd` + CBOR data files, which canonical.ts decodes exactly
 * (checked: every filter and meta file round-trips byte for byte and two builds are identical).
 *
 * The files are fetched with `getFiles()` and written here rather than with
 * Pagefind's `writeFiles()`: that one resolves before its writes are flushed,
 * and closing the service then left truncated files (seen with 1.5.2).
 */
export async function indexSite(outDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: outDir });
    const { files, errors: fileErrors } = await index.getFiles();
    const problems = [...added.errors, ...fileErrors];
    if (problems.length > 0) throw new Error(`pagefind: ${problems.join("; ")}`);
    const sorted = canonicalSearchFiles(files).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const file of sorted) {
      const target = join(outDir, outputPath(urls.searchBundle(file.path)));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
