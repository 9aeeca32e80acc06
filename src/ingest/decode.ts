import { createHash } from "node:crypto";

import { type Finding, finding } from "../model/index.ts";
import { recognise, UNKNOWN_BINARY } from "./signatures.ts";
import { decodeUtf16, type Utf16, utf16Bom, utf16ByNulPattern } from "./utf16.ts";

export type Encoding = "utf-8" | "utf-8-bom" | "gb18030" | "utf-16le" | "utf-16le-bom" | "utf-16be" | "utf-16be-bom";

/** The decoding rules: file-level findings, on line 0 when the file is unusable, else on line 1. */
export type DecodeRule = "file-empty" | "file-binary" | "encoding-gb18030" | "encoding-utf16" | "encoding-replacement";

/** A diagnostic found while decoding, before any line structure exists. */
export type DecodeProblem = Finding<DecodeRule>;

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

/** How much of the file the control-byte test reads. */
const SAMPLE = 64 * 1024;
/** Text has a few stray control bytes at most; binary formats have them everywhere. */
const MAX_CONTROL_SHARE = 0.05;

/** SHA-256 of the raw bytes, hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** True for the C0 control codes a text does not normally hold (tab, line ends and form feed are text). */
function isControl(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c;
}

/** True when more than a few of the sampled bytes are control codes: binary data, not text with stray bytes. */
function mostlyControl(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE);
  let control = 0;
  for (const b of sample) if (isControl(b)) control++;
  return control > sample.length * MAX_CONTROL_SHARE;
}

function controlShare(text: string): number {
  const sample = text.slice(0, SAMPLE);
  let control = 0;
  for (let i = 0; i < sample.length; i++) if (isControl(sample.charCodeAt(i))) control++;
  return control / Math.max(1, sample.length);
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

interface Text {
  readonly text: string;
  readonly encoding: Encoding;
  readonly problems: DecodeProblem[];
}

/** UTF-8 when valid (or only slightly damaged), otherwise GB18030 (a superset of GBK/GB2312) with a notice. */
function decode8bit(bytes: Uint8Array): Text {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const encoding: Encoding = bom ? "utf-8-bom" : "utf-8";
  try {
    return { text: utf8.decode(body), encoding, problems: [] };
  } catch {
    const asGb = gb18030.decode(body);
    const asUtf8 = utf8Lenient.decode(body);
    if (isDamagedUtf8(body, countReplacements(asUtf8), countReplacements(asGb))) {
      return { text: asUtf8, encoding, problems: [] };
    }
    return { text: asGb, encoding: "gb18030", problems: [finding("encoding-gb18030", undefined, 1)] };
  }
}

/** UTF-16 marked by a BOM or recognised by its NUL bytes, decoded; null when it is not (valid) UTF-16. */
function decodeUtf16Text(bytes: Uint8Array): Text | null {
  const bom = utf16Bom(bytes);
  const order: Utf16 | null = bom ?? utf16ByNulPattern(bytes);
  if (!order) return null;
  const text = decodeUtf16(bom ? bytes.subarray(2) : bytes, order);
  if (text === null || controlShare(text) > MAX_CONTROL_SHARE) return null;
  const encoding: Encoding = bom ? `${order}-bom` : order;
  return { text, encoding, problems: [finding("encoding-utf16", undefined, 1)] };
}

function binary(what: string, how: string): Text {
  return { text: "", encoding: "utf-8", problems: [finding("file-binary", { what, how }, 0)] };
}

/** Decodes the bytes as text, or says what they are when they are not text. */
function toText(bytes: Uint8Array): Text {
  const known = recognise(bytes);
  if (known) return binary(known.what, known.how);
  const wide = decodeUtf16Text(bytes);
  if (wide) return wide;
  if (mostlyControl(bytes)) return binary(UNKNOWN_BINARY.what, UNKNOWN_BINARY.how);
  return decode8bit(bytes);
}

/**
 * Decodes a report file: UTF-8 (with or without BOM) when valid, UTF-16 (LE/BE, with a BOM or
 * recognised by its NUL bytes), otherwise GB18030 (a superset of GBK/GB2312) with a notice. Stray
 * control bytes are left for normalisation. Empty files, and files that are really something else (a
 * PDF, a Word file, an image: recognised by their signature, or mostly control bytes) decode to null
 * with a problem saying what the file is and how to convert it.
 */
export function decode(bytes: Uint8Array): Decoded {
  const base = { sha256: sha256(bytes), bytes: bytes.length };
  if (bytes.length === 0)
    return { ...base, text: null, encoding: "utf-8", problems: [finding("file-empty", undefined, 0)] };
  const { text, encoding, problems } = toText(bytes);
  if (problems.some((p) => p.ruleId === "file-binary")) return { ...base, text: null, encoding, problems };
  const bad = countReplacements(text);
  const all = bad > 0 ? [...problems, finding("encoding-replacement", { count: bad }, 1)] : problems;
  // Blank in any script: ASCII and Unicode spaces, and the invisible marks a BOM-only file leaves.
  if (text.replace(/[\s\u200b-\u200d\u2060\ufeff]/g, "") === "") {
    return { ...base, text: null, encoding, problems: [...all, finding("file-empty", undefined, 0)] };
  }
  return { ...base, text, encoding, problems: all };
}
