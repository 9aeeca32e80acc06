/** The files a build writes into dist/: each is a path relative to the output folder and its content. */
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";

/** A file to write: path relative to the output folder, and its text (or its bytes: `OutputFile<Uint8Array>`). */
export interface OutputFile<Content extends string | Uint8Array = string> {
  readonly path: string;
  readonly content: Content;
}

/** Stable JSON: two-space indent and a final newline (key order is the schema's). */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Writes files under `dir`, creating folders as needed, in the given order. */
export async function writeFiles(dir: string, files: readonly OutputFile<string | Uint8Array>[]): Promise<void> {
  for (const file of files) {
    const target = join(dir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
}

/** The files under `dir` as sorted site paths below `base` (`/data/reports/x.json`; base "" gives site URLs). */
export async function listFiles(dir: string, base: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => `${base}/${relative(dir, join(e.parentPath, e.name)).split(sep).join("/")}`)
    .sort();
}
