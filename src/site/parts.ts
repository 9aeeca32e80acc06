/**
 * The files of a sharded build (part.ts): a part prunes what it does not own from its output folder,
 * and the merge copies the shards' folders into its own, refusing a file that two jobs wrote.
 */
import { copyFile, mkdir, readdir, rm, rmdir, stat } from "node:fs/promises";
import { dirname, join } from "node:path";

import { eachConcurrently, FILES_AT_ONCE } from "../lib/concurrently.ts";
import { listFiles } from "./output.ts";

/** Removes the files under `outDir` whose URL `owns` refuses, then the folders left empty. */
export async function pruneOutDir(outDir: string, owns: (url: string) => boolean): Promise<void> {
  const refused = (await listFiles(outDir, "")).filter((url) => !owns(url));
  await eachConcurrently(refused, FILES_AT_ONCE, (url) => rm(join(outDir, url)));
  const folders = (await readdir(outDir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => join(e.parentPath, e.name))
    .sort((a, b) => b.length - a.length);
  for (const folder of folders) {
    if ((await readdir(folder)).length === 0) await rmdir(folder);
  }
}

/**
 * The files of the shards' output folders, each with the folder it is in, checked before the merge
 * builds anything: every file must belong to a shard (not to the merge) and come from one folder only.
 * Anything else means the jobs were not run as one build (a folder passed twice, or built without
 * `--shard`), and merging it would hide a file.
 */
export async function partFiles(
  parts: readonly string[],
  mergeOwns: (url: string) => boolean,
): Promise<Map<string, string>> {
  const from = new Map<string, string>();
  for (const part of parts) {
    const isFolder = await stat(part).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isFolder) throw new Error(`merge: ${part} is not a folder (expected the output folder of a --shard build)`);
    for (const url of await listFiles(part, "")) {
      if (mergeOwns(url)) {
        throw new Error(
          `merge: ${join(part, url)} belongs to the merge, not to a shard: build ${part} with --shard K/N`,
        );
      }
      const earlier = from.get(url);
      if (earlier !== undefined)
        throw new Error(`merge: ${url} is in both ${earlier} and ${part}: pass each shard once`);
      from.set(url, part);
    }
  }
  return from;
}

/** Copies the files `partFiles` found into the merge's `outDir`. */
export async function copyParts(files: ReadonlyMap<string, string>, outDir: string): Promise<void> {
  await eachConcurrently([...files], FILES_AT_ONCE, async ([url, part]) => {
    const target = join(outDir, url);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(join(part, url), target);
  });
}
