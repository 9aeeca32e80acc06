import { createHash } from "node:crypto";

export type Encoding = "utf-8" | "utf-8-bom" | "gb18030";

/** A diagnostic found while decoding, before any line structure exists. */
export interface DecodeProblem {
  readonly ruleId: "file-empty" | "file-binary" | "encoding-gb18030" | "encoding-replacement";
  readonly params?: { count: number };
}

export interface Decoded {
  readonly text: string | null;
  readonly encoding: Encoding;
  readonly sha256: string;
  readonly bytes: number;
  readonly problems: DecodeProblem[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const utf8Lenient = new TextDecoder("utf-8");
const gb18030 = new TextDecoder("gb18030");

/** SHA-256 of the raw bytes, hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** True when the bytes contain NUL or mostly control characters: not a text report. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > sample.length * 0.05;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) n++;
  return n;
}

function countNonAscii(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (b >= 0x80) n++;
  return n;
}

/**
 * UTF-8 with a few damaged bytes stays UTF-8. GBK/GB18030 text read as UTF-8 breaks on nearly every
 * character (well over a third of its non-ASCII bytes), whereas GB18030 accepts almost any byte pair,
 * so comparing the two decoders' replacement counts alone would misread damaged UTF-8 as GB18030.
 */
function isDamagedUtf8(body: Uint8Array, utf8Bad: number, gbBad: number): boolean {
  return utf8Bad <= gbBad || utf8Bad < countNonAscii(body) * 0.05;
}

/**
 * Decodes a report file: UTF-8 (with or without BOM) when valid, otherwise
 * GB18030 (a superset of GBK/GB2312) with a notice. Empty and binary files
 * decode to null with a problem saying why.
 */
export function decode(bytes: Uint8Array): Decoded {
  const base = { sha256: sha256(bytes), bytes: bytes.length };
  if (bytes.length === 0) return { ...base, text: null, encoding: "utf-8", problems: [{ ruleId: "file-empty" }] };
  if (looksBinary(bytes)) return { ...base, text: null, encoding: "utf-8", problems: [{ ruleId: "file-binary" }] };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const problems: DecodeProblem[] = [];
  let text: string;
  let encoding: Encoding = bom ? "utf-8-bom" : "utf-8";
  try {
    text = utf8.decode(body);
  } catch {
    const asGb = gb18030.decode(body);
    const asUtf8 = utf8Lenient.decode(body);
    if (isDamagedUtf8(body, countReplacements(asUtf8), countReplacements(asGb))) {
      text = asUtf8;
    } else {
      text = asGb;
      encoding = "gb18030";
      problems.push({ ruleId: "encoding-gb18030" });
    }
    const bad = countReplacements(text);
    if (bad > 0) problems.push({ ruleId: "encoding-replacement", params: { count: bad } });
  }
  if (text.trim() === "") problems.push({ ruleId: "file-empty" });
  return { ...base, text: text.trim() === "" ? null : text, encoding, problems };
}
