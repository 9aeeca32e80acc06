import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";

/**
 * The relative imports of a module that exist at run time (not `import type`), resolved, and theirs,
 * transitively: what a cache's code fingerprint must cover.
 */
export async function importedModules(entry: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = await readFile(entry, "utf8");
  for (const m of source.matchAll(/^(?:import|export)(?!\s+type\b)\b[^;]*?\bfrom\s+"(\.[^"]+)"/gms)) {
    await importedModules(resolve(dirname(entry), m[1] ?? ""), seen);
  }
  return seen;
}
