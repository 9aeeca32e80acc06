/**
 * Character classes of the normalisation at ingest: what converters leave in a text that carries no
 * content (page breaks, control bytes, zero-width marks, decoding damage) and the spaces that are not
 * ASCII spaces. Ingest-specific: the parser downstream never sees any of these.
 */

/** What a character found at ingest becomes; `null` for an ordinary character. */
export type InvisibleKind =
  "page-break" | "control-character" | "invisible-character" | "replacement-character" | "special-space";

/** Form feed: a page break in pdftotext's and Word's output. */
const FORM_FEED = 0x0c;
const TAB = 0x09;
const DEL = 0x7f;
const IDEOGRAPHIC_SPACE = 0x3000;

/** Zero-width and other format characters that render as nothing (soft hyphen, ZWSP, joiners, bidi marks, BOM). */
const INVISIBLE = new Set([
  0x00ad, 0x061c, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060,
  0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0xfeff,
]);

/** Spaces other than U+0020 and tab: NBSP, the typographic spaces, line/paragraph separators, U+3000. */
function isSpecialSpace(cp: number): boolean {
  return (
    cp === 0x00a0 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === IDEOGRAPHIC_SPACE
  );
}

/** The kind of a code point that normalisation removes or maps, or null for an ordinary one. */
export function invisibleKind(cp: number): InvisibleKind | null {
  if (cp === FORM_FEED) return "page-break";
  if ((cp < 0x20 && cp !== TAB) || cp === DEL || (cp >= 0x80 && cp <= 0x9f)) return "control-character";
  if (INVISIBLE.has(cp)) return "invisible-character";
  if (cp === 0xfffd) return "replacement-character";
  if (isSpecialSpace(cp)) return "special-space";
  return null;
}

/**
 * What replaces a character of that kind in the normalised line. A special space becomes ASCII spaces
 * of the same display width (U+3000 is as wide as two), so columns aligned with it stay aligned and a
 * U+3000 between two cells reads as the column gap it is; everything else is removed.
 */
export function replacement(cp: number, kind: InvisibleKind): string {
  if (kind !== "special-space") return "";
  return cp === IDEOGRAPHIC_SPACE ? "  " : " ";
}

/**
 * How a removed character is recorded in an artefact's text: itself, except C0 controls and DEL, which
 * become their Control Pictures symbol (␀ NUL, ␛ ESC, ␌ form feed) so that the published HTML and JSON
 * never carry a raw control byte. Neither form is a letter or digit, so the nothing-lost check is unchanged.
 */
export function recordedAs(cp: number): string {
  if (cp < 0x20) return String.fromCodePoint(0x2400 + cp);
  if (cp === DEL) return "\u2421";
  return String.fromCodePoint(cp);
}

// Mirrors invisibleKind (a test checks every BMP code point): one native regex pass for the common clean
// line. Built from a string because it is made of the control and combining characters lint rejects in literals.
const NEEDS_WORK = new RegExp(
  "[\\u0000-\\u0008\\u000a-\\u001f\\u007f-\\u009f\\u00a0\\u00ad\\u061c\\u180e\\u2000-\\u200f" +
    "\\u2028-\\u202f\\u205f-\\u2064\\u2066-\\u2069\\u3000\\ufeff\\ufffd]",
);

/** True when the text has a character that normalisation would touch (the common clean line skips all work). */
export function hasInvisible(text: string): boolean {
  return NEEDS_WORK.test(text);
}
