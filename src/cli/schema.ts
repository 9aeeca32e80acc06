import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

import { schemaSnapshot } from "../site/data/schema-files.ts";

/**
 * `npm run schema`: writes the published JSON Schemas into `dir` (the committed copy in
 * data/schema/); returns the file names.
 */
export async function writeSchemaSnapshot(dir: URL): Promise<string[]> {
  const path = fileURLToPath(dir);
  await mkdir(path, { recursive: true });
  const files = schemaSnapshot();
  for (const [name, content] of files) await writeFile(path + name, content);
  return [...files.keys()].sort();
}
