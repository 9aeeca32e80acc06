/** Stable hashing of specs: keys sorted, so equal specs hash equally whatever their key order. */
import { createHash } from "node:crypto";

import { byCodePoint } from "../../lib/sort.ts";

/** JSON with object keys sorted at every level. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => byCodePoint(a, b)))
      : v,
  );
}

/** SHA-256 (hex) of a value's canonical JSON plus any salt strings (versions). */
export function specHash(value: unknown, ...salt: readonly string[]): string {
  const hash = createHash("sha256");
  hash.update(canonicalJson(value));
  for (const s of salt) hash.update(`\n${s}`);
  return hash.digest("hex");
}
