import { createHash } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";

import { type CborItem, decodeCbor, encodeCbor } from "./cbor.ts";

/** A file of Pagefind's bundle, as `getFiles()` returns it. */
export interface SearchFile {
  readonly path: string;
  readonly content: Uint8Array;
}

const SIGNATURE = new TextEncoder().encode("pagefind_dcd");

/** The CBOR inside a Pagefind data file (gzip, signature, CBOR), or null if it is not one we can rewrite exactly. */
function unpack(content: Uint8Array): CborItem | null {
  try {
    const bytes = gunzipSync(content);
    if (!SIGNATURE.every((b, i) => bytes[i] === b)) return null;
    const body = bytes.subarray(SIGNATURE.length);
    const item = decodeCbor(body);
    return Buffer.from(encodeCbor(item)).equals(body) ? item : null;
  } catch {
    return null;
  }
}

function pack(item: CborItem): Uint8Array {
  return gzipSync(Buffer.concat([SIGNATURE, encodeCbor(item)]));
}

const firstText = (item: CborItem): string | null =>
  item.kind === "array" && item.items[0]?.kind === "text" ? item.items[0].value : null;

/** Items ordered by their first text (code units), stable; the order no longer depends on a hash map. */
function sortByFirstText(items: readonly CborItem[]): CborItem[] {
  return [...items].sort((a, b) => {
    const x = firstText(a) ?? "";
    const y = firstText(b) ?? "";
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** `zh-cn_8a8f3bc` → `zh-cn_<first 7 hex of the SHA-256 of content>` (same length as before). */
function rehash(oldHash: string, content: Uint8Array): string {
  const cut = oldHash.lastIndexOf("_") + 1;
  const digits = oldHash.length - cut;
  return oldHash.slice(0, cut) + createHash("sha256").update(content).digest("hex").slice(0, digits);
}

/** A filter file `[name, [[value, [pages…]]…]]` with its values sorted. */
function canonicalFilter(item: CborItem): CborItem {
  if (item.kind !== "array" || item.items.length !== 2) return item;
  const [name, values] = item.items as [CborItem, CborItem];
  return values.kind === "array"
    ? { kind: "array", items: [name, { kind: "array", items: sortByFirstText(values.items) }] }
    : item;
}

/** The meta file with filter file names replaced and every `[[name, file]…]` list of filters sorted by name. */
function canonicalMeta(item: CborItem, renames: ReadonlyMap<string, string>): CborItem {
  if (item.kind === "text") return renames.has(item.value) ? { kind: "text", value: renames.get(item.value)! } : item;
  if (item.kind !== "array") return item;
  const items = item.items.map((child) => canonicalMeta(child, renames));
  const newNames = new Set(renames.values());
  const isFilterList =
    items.length > 0 &&
    items.every(
      (c) =>
        c.kind === "array" && c.items.length === 2 && c.items[1]?.kind === "text" && newNames.has(c.items[1].value),
    );
  return { kind: "array", items: isFilterList ? sortByFirstText(items) : items };
}

const FILTER = /^filter\/(.+)\.pf_filter$/;
const META = /^pagefind\.(.+)\.pf_meta$/;

/**
 * Makes Pagefind's bundle reproducible. Pagefind (1.5.2 and 1.6.0) writes filter values and the list of filters in
 * hash-map order, which changes from run to run (and so do the file names, which are content hashes).
 * This sorts both, renames the files after their new content and updates the references. Files it
 * cannot decode exactly are left as they are.
 */
export function canonicalSearchFiles(files: readonly SearchFile[]): SearchFile[] {
  const renames = new Map<string, string>();
  const out = files.map((file) => {
    const match = FILTER.exec(file.path);
    const item = match ? unpack(file.content) : null;
    if (!match?.[1] || !item) return file;
    const content = pack(canonicalFilter(item));
    const hash = rehash(match[1], content);
    renames.set(match[1], hash);
    return { path: `filter/${hash}.pf_filter`, content };
  });
  const metaRenames = new Map<string, string>();
  const withMeta = out.map((file) => {
    const match = META.exec(file.path);
    const item = match ? unpack(file.content) : null;
    if (!match?.[1] || !item) return file;
    const content = pack(canonicalMeta(item, renames));
    const hash = rehash(match[1], content);
    metaRenames.set(match[1], hash);
    return { path: `pagefind.${hash}.pf_meta`, content };
  });
  return withMeta.map((file) => {
    if (file.path !== "pagefind-entry.json" || metaRenames.size === 0) return file;
    let text = new TextDecoder().decode(file.content);
    for (const [from, to] of metaRenames) text = text.split(`"${from}"`).join(`"${to}"`);
    return { path: file.path, content: new TextEncoder().encode(text) };
  });
}
