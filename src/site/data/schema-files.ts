import { mkdir, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { schemaFiles } from "./data-files.ts";

/** The published JSON Schemas by file name (report.schema.json, …). */
export function schemaSnapshot(): Map<string, string> {
  return new Map(schemaFiles().map((f) => [basename(f.path), f.content]));
}

/** Writes the schemas into `dir` (the committed copy in data/schema/); returns the file names. */
export async function writeSchemaSnapshot(dir: URL): Promise<string[]> {
  const path = fileURLToPath(dir);
  await mkdir(path, { recursive: true });
  const files = schemaSnapshot();
  for (const [name, content] of files) await writeFile(path + name, content);
  return [...files.keys()].sort();
}
