/**
 * UTF-16 detection: Windows Notepad's "Unicode" is UTF-16LE with a BOM; some converters write UTF-16
 * without one. Without a BOM, the NUL bytes give it away: every ASCII character (digits, spaces, line
 * ends — plenty even in Chinese text) is a NUL byte plus its code, so the NULs sit on one side of the
 * byte pairs. Stray NULs in an 8-bit text fall on both sides.
 */

export type Utf16 = "utf-16le" | "utf-16be";

/** How much of the file the NUL-pattern test reads. */
const SAMPLE = 64 * 1024;
/** At least this share of the byte pairs hold a NUL on one side… */
const MIN_NUL_SHARE = 0.02;
/** …and most NULs sit on that side (the others: CJK characters such as 一 U+4E00, whose low byte is 0). */
const MIN_SAME_SIDE = 0.8;

/** The byte order marked by a UTF-16 BOM at the start, or null. UTF-32LE's BOM (FF FE 00 00) is not UTF-16. */
export function utf16Bom(bytes: Uint8Array): Utf16 | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** The byte order of BOM-less UTF-16 judged from where its NUL bytes sit, or null when it does not look like UTF-16. */
export function utf16ByNulPattern(bytes: Uint8Array): Utf16 | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  const total = even + odd;
  if (total < pairs * MIN_NUL_SHARE) return null;
  if (odd >= total * MIN_SAME_SIDE) return "utf-16le";
  if (even >= total * MIN_SAME_SIDE) return "utf-16be";
  return null;
}

/**
 * Decodes UTF-16 strictly (an unpaired surrogate fails), or null when the bytes are not valid UTF-16.
 * An odd final byte is a truncated file: it is dropped rather than failing the whole text.
 */
export function decodeUtf16(body: Uint8Array, order: Utf16): string | null {
  try {
    return new TextDecoder(order, { fatal: true }).decode(body.subarray(0, body.length & ~1));
  } catch {
    return null;
  }
}
