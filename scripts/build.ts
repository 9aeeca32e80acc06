import { join } from "node:path";
import { parseArgs } from "node:util";

import { build, type CliBuildOptions } from "../src/cli/build.ts";
import { parseShard } from "../src/site/part.ts";

/**
 * npm run build [-- --content DIR --out DIR --cache DIR] — the whole site.
 * Sharded (README "Scaling out"): `--shard K/N --out part-K` in N jobs, then
 * `--merge part-1 --merge part-2 …` in one job, whose output equals the one-shot build's.
 */
const { values } = parseArgs({
  options: {
    content: { type: "string", default: "content/reports" },
    out: { type: "string", default: "dist" },
    cache: { type: "string" },
    shard: { type: "string" },
    merge: { type: "string", multiple: true },
  },
});

const caches = (dir: string): Partial<CliBuildOptions> => ({
  recordsCache: join(dir, "records"),
  entitiesCache: join(dir, "entities"),
  chartCache: join(dir, "charts"),
  searchCache: join(dir, "search"),
  htmlCache: join(dir, "html"),
  pageLedger: join(dir, "pages"),
});

try {
  if (values.shard !== undefined && values.merge !== undefined) throw new Error("--shard and --merge: choose one");
  const part: Partial<CliBuildOptions> =
    values.shard !== undefined
      ? { part: parseShard(values.shard) }
      : values.merge !== undefined
        ? { part: { kind: "merge" }, parts: values.merge }
        : {};
  await build(values.content, {
    outDir: values.out,
    log: (line) => console.log(line),
    ...part,
    ...(values.cache === undefined ? {} : caches(values.cache)),
  });
} catch (error) {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
