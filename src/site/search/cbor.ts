/**
 * Just enough CBOR (RFC 8949) to reorder Pagefind's filter data: arrays and text strings are
 * decoded; every other item is kept as its raw bytes and written back unchanged.
 */
export type CborItem =
  | { readonly kind: "array"; readonly items: CborItem[] }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "raw"; readonly bytes: Uint8Array };

interface Cursor {
  readonly bytes: Uint8Array;
  at: number;
}

function readHead(c: Cursor): { major: number; arg: number; info: number } {
  const first = c.bytes[c.at++];
  if (first === undefined) throw new Error("cbor: unexpected end");
  const major = first >> 5;
  const info = first & 31;
  if (info < 24) return { major, arg: info, info };
  const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
  if (size === 0) throw new Error(`cbor: unsupported length encoding ${info}`);
  let arg = 0;
  for (let i = 0; i < size; i++) arg = arg * 256 + (c.bytes[c.at++] ?? 0);
  return { major, arg, info };
}

function readItem(c: Cursor): CborItem {
  const start = c.at;
  const { major, arg } = readHead(c);
  if (major === 4) return { kind: "array", items: Array.from({ length: arg }, () => readItem(c)) };
  if (major === 3) {
    const value = new TextDecoder().decode(c.bytes.subarray(c.at, c.at + arg));
    c.at += arg;
    return { kind: "text", value };
  }
  if (major === 2) c.at += arg;
  else if (major === 5) for (let i = 0; i < arg * 2; i++) readItem(c);
  else if (major === 6) readItem(c);
  // Majors 0, 1 and 7 are complete after their head (floats included: their bytes are the "argument").
  return { kind: "raw", bytes: c.bytes.slice(start, c.at) };
}

/** Decodes one CBOR item that fills `bytes` exactly. */
export function decodeCbor(bytes: Uint8Array): CborItem {
  const cursor = { bytes, at: 0 };
  const item = readItem(cursor);
  if (cursor.at !== bytes.length) throw new Error("cbor: trailing bytes");
  return item;
}

function head(major: number, n: number): number[] {
  if (n < 24) return [(major << 5) | n];
  if (n < 0x100) return [(major << 5) | 24, n];
  if (n < 0x10000) return [(major << 5) | 25, n >> 8, n & 255];
  return [(major << 5) | 26, (n >>> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function write(item: CborItem, out: number[]): void {
  if (item.kind === "raw") {
    for (const b of item.bytes) out.push(b);
  } else if (item.kind === "text") {
    const bytes = new TextEncoder().encode(item.value);
    out.push(...head(3, bytes.length));
    for (const b of bytes) out.push(b);
  } else {
    out.push(...head(4, item.items.length));
    for (const child of item.items) write(child, out);
  }
}

/** Encodes an item with the shortest lengths (as Pagefind writes them). */
export function encodeCbor(item: CborItem): Uint8Array {
  const out: number[] = [];
  write(item, out);
  return Uint8Array.from(out);
}
