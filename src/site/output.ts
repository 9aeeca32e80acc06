/** The files a build writes into dist/: each is a path relative to the output folder and its content. */
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";

import { eachConcurrently, FILES_AT_ONCE } from "../lib/concurrently.ts";

/** A file to write: path relative to the output folder, and its text (or its bytes: `OutputFile<Uint8Array>`). */
export interface OutputFile<Content extends string | Uint8Array = string> {
  readonly path: string;
  readonly content: Content;
}

/** Stable JSON: two-space indent and a final newline (key order is the schema's). */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Writes files under `dir`, creating each folder once. Writes overlap, so a path given twice would race:
 * the last file given for a path is the one written, as if they were written in order.
 */
export async function writeFiles(dir: string, files: readonly OutputFile<string | Uint8Array>[]): Promise<void> {
  const byPath = new Map<string, OutputFile<string | Uint8Array>>();
  for (const file of files) byPath.set(join(dir, file.path), file);
  const folders = [...new Set([...byPath.keys()].map((target) => dirname(target)))];
  await eachConcurrently(folders, FILES_AT_ONCE, async (folder) => void (await mkdir(folder, { recursive: true })));
  await eachConcurrently([...byPath], FILES_AT_ONCE, ([target, file]) => writeFile(target, file.content));
}

/** The files under `dir` as sorted site paths below `base` (`/data/reports/x.json`; base "" gives site URLs). */
export async function listFiles(dir: string, base: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => `${base}/${relative(dir, join(e.parentPath, e.name)).split(sep).join("/")}`)
    .sort();
}
