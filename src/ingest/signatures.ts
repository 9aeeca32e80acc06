/**
 * Recognises the files people put in place of a report's text — the PDF itself, a Word or WPS file, a
 * scan, an archive — by their leading "magic" bytes, so the message can say what the file is and how to
 * get its text, instead of a generic "binary".
 */

/** What a file is, and how to turn it into the text the site needs. */
export interface Recognised {
  readonly what: string;
  readonly how: string;
}

interface Signature extends Recognised {
  readonly magic: readonly number[];
  /** Further test on the whole file (e.g. which kind of ZIP). */
  readonly also?: (bytes: Uint8Array) => boolean;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const PDF_HOW = "extract its text with `pdftotext -layout file.pdf file.txt` (poppler-utils) and add the .txt";
const WORD_HOW = "open it in Word or WPS and save it as plain text (文本文件 *.txt) with UTF-8 encoding";
const IMAGE_HOW = "an image has no text to read: use the report's PDF or Word file instead";
const ARCHIVE_HOW = "unpack it and add the report's text file (.txt) instead";

/** True when the ZIP's (uncompressed) member names include `folder`: Office files list `word/`, `xl/`, `ppt/`. */
function zipHas(folder: string): (bytes: Uint8Array) => boolean {
  return (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(folder, 0, "latin1");
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

// Most specific first: a .docx is also a ZIP.
const SIGNATURES: readonly Signature[] = [
  { magic: ascii("%PDF-"), what: "a PDF document", how: PDF_HOW },
  { magic: ZIP, also: zipHas("word/"), what: "a Word document (.docx)", how: WORD_HOW },
  {
    magic: ZIP,
    also: zipHas("xl/"),
    what: "an Excel workbook (.xlsx)",
    how: "save the report's text, not a spreadsheet, as UTF-8 .txt",
  },
  { magic: ZIP, also: zipHas("ppt/"), what: "a PowerPoint file (.pptx)", how: WORD_HOW },
  { magic: ZIP, also: zipHas("mimetypeapplication/vnd.oasis"), what: "an OpenDocument file (.odt)", how: WORD_HOW },
  { magic: ZIP, what: "a ZIP archive", how: ARCHIVE_HOW },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: "an old-style Office file (.doc, .wps or .xls)",
    how: WORD_HOW,
  },
  { magic: ascii("{\\rtf"), what: "an RTF document", how: WORD_HOW },
  { magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: "a PNG image", how: IMAGE_HOW },
  { magic: [0xff, 0xd8, 0xff], what: "a JPEG image", how: IMAGE_HOW },
  { magic: ascii("GIF87a"), what: "a GIF image", how: IMAGE_HOW },
  { magic: ascii("GIF89a"), what: "a GIF image", how: IMAGE_HOW },
  { magic: [0x49, 0x49, 0x2a, 0x00], what: "a TIFF image", how: IMAGE_HOW },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], what: "a TIFF image", how: IMAGE_HOW },
  { magic: [0x1f, 0x8b], what: "a gzip archive", how: ARCHIVE_HOW },
  { magic: ascii("Rar!\x1a\x07"), what: "a RAR archive", how: ARCHIVE_HOW },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: "a 7-Zip archive", how: ARCHIVE_HOW },
];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.length <= bytes.length && magic.every((b, i) => bytes[i] === b);
}

/** The kind of document the bytes are, by their signature, or null when none is known. */
export function recognise(bytes: Uint8Array): Recognised | null {
  const hit = SIGNATURES.find((s) => startsWith(bytes, s.magic) && (s.also?.(bytes) ?? true));
  return hit ? { what: hit.what, how: hit.how } : null;
}

/** What to say about binary bytes no signature matched. */
export const UNKNOWN_BINARY: Recognised = {
  what: "binary data (mostly control bytes), not text",
  how: "convert the report's PDF or Word file to plain UTF-8 text (e.g. `pdftotext -layout file.pdf`, or Save As → plain text, UTF-8)",
};
