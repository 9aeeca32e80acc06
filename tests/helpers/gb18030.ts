/**
 * A test-only GB18030 encoder. Node's TextEncoder writes UTF-8 only, so the reverse map is built from
 * TextDecoder("gb18030") itself: every two-byte sequence (GBK) and every four-byte sequence that maps
 * into the BMP. Code points above the BMP follow the standard's linear four-byte formula.
 */
const decoder = new TextDecoder("gb18030", { fatal: true });
let table: Map<number, number[]> | null = null;

function tryDecode(bytes: number[]): number | null {
  try {
    const text = decoder.decode(new Uint8Array(bytes));
    const cp = text.codePointAt(0);
    return cp !== undefined && text.length === 1 ? cp : null;
  } catch {
    return null;
  }
}

/** Code point → GB18030 bytes for the BMP; built once (~75,000 decodes, well under a second). */
function reverseTable(): Map<number, number[]> {
  if (table) return table;
  table = new Map();
  const add = (bytes: number[]): void => {
    const cp = tryDecode(bytes);
    // Two-byte codes come first, so they win where a code point also has a four-byte spelling.
    if (cp !== null && cp >= 0x80 && !table?.has(cp)) table?.set(cp, bytes);
  };
  for (let b1 = 0x81; b1 <= 0xfe; b1++) {
    for (let b2 = 0x40; b2 <= 0xfe; b2++) if (b2 !== 0x7f) add([b1, b2]);
  }
  for (let b1 = 0x81; b1 <= 0x84; b1++)
    for (let b2 = 0x30; b2 <= 0x39; b2++)
      for (let b3 = 0x81; b3 <= 0xfe; b3++) for (let b4 = 0x30; b4 <= 0x39; b4++) add([b1, b2, b3, b4]);
  return table;
}

/** Four-byte GB18030 for a supplementary-plane code point (GB18030-2005, linear from 0x90308130). */
function supplementary(cp: number): number[] {
  let n = cp - 0x10000;
  const b4 = 0x30 + (n % 10);
  n = Math.floor(n / 10);
  const b3 = 0x81 + (n % 126);
  n = Math.floor(n / 126);
  const b2 = 0x30 + (n % 10);
  const b1 = 0x90 + Math.floor(n / 10);
  return [b1, b2, b3, b4];
}

/** Encodes text as GB18030 (which GBK text is a subset of); throws on a character it cannot encode. */
export function encodeGb18030(text: string): Uint8Array {
  const map = reverseTable();
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const bytes = cp < 0x80 ? [cp] : cp > 0xffff ? supplementary(cp) : map.get(cp);
    if (!bytes) throw new Error(`no GB18030 encoding for U+${cp.toString(16).toUpperCase()}`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}
