/** What a cross-reference in the text points at. */
export type ReferenceKind = "table" | "figure" | "case";

/** One reference found in a text: `[start, end)` are UTF-16 offsets of the linked span (`表1-1`). */
export interface FoundReference {
  readonly start: number;
  readonly end: number;
  readonly kind: ReferenceKind;
  /** The number as the records write it: ASCII digits joined by `-` (`1-2-1`). */
  readonly number: string;
}

const KINDS: Record<string, ReferenceKind> = { 表: "table", 图: "figure", 案例: "case" };

// Dashes converters print between number parts: ASCII, full-width, en/em dash, hyphen, non-breaking hyphen.
const DASH = "[-－–—‐‑]";
// Each part has 1–3 digits and ends there: `2024-2025` is a span of years, not a number.
const PART = "[0-9０-９]{1,3}(?![0-9０-９])";
const NUM = `${PART}(?:\\s*${DASH}\\s*${PART})*`;
const KEYWORD = "(表|图|案例)";
/** A keyword and its number, then list items (`、表1-2`, `和1-3`, `至表1-4`) that may omit the keyword. */
const REFERENCE = new RegExp(`${KEYWORD}\\s*(${NUM})((?:\\s*[、，,和及与至到]\\s*(?:表|图|案例)?\\s*${NUM})*)`, "g");
const ITEM = new RegExp(`(?:(表|图|案例)\\s*)?(${NUM})`, "g");

/** Words that end in 表/图 without being a reference (代表1人, 发表1篇, 地图1张…). */
const NOT_REFERENCE_BEFORE: Record<string, string> = {
  表: "代发列报图课时年量体价清统附",
  图: "地试意企蓝构版插略示视绘制",
};
/** A reference introduced this way may have a single-part number (`见表1`, `如图3所示`). */
const TRIGGER = /(?:见|如|参照)\s*[（(]?\s*$/;

function normalise(printed: string): string {
  const ascii = printed.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return ascii.split(new RegExp(`\\s*${DASH}\\s*`)).join("-");
}

const parts = (n: string) => n.split("-").length;

/** The number may not run on into more digits or a decimal (`表1-1.5`, `图2-10000`). */
function runsOn(text: string, end: number): boolean {
  return /^(?:[0-9０-９]|[.．][0-9])/.test(text.slice(end));
}

/**
 * The cross-references in a text, in order: `见表1-1`, `如表 1-2-1 所示`, `如图2-1`, `（见案例 2-1）`,
 * lists such as `表1-1、表1-2` or `图2-1、2-2` (an item without its keyword is linked when its number has
 * as many parts as the first one). Numbers may use full-width digits, full-width or other dashes and
 * spaces. A single-part number (`表1`) counts only after 见/如, so 代表1人 or 发表1篇 are never references;
 * nor is a keyword that ends another word (代表, 地图).
 */
export function findReferences(text: string): FoundReference[] {
  const found: FoundReference[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    const keyword = match[1] ?? "";
    const kind = KINDS[keyword];
    const start = match.index;
    if (!kind || runsOn(text, start + match[0].length)) continue;
    if ((NOT_REFERENCE_BEFORE[keyword] ?? "").includes(text[start - 1] ?? "\n")) continue;
    const triggered = TRIGGER.test(text.slice(Math.max(0, start - 6), start));
    const first = normalise(match[2] ?? "");
    if (parts(first) === 1 && !triggered) continue;
    found.push(...listItems(match[0], start, kind, parts(first)));
  }
  return found;
}

/** The references of one match: its first item and the list items after it. */
function listItems(matched: string, offset: number, kind: ReferenceKind, depth: number): FoundReference[] {
  const items: FoundReference[] = [];
  for (const item of matched.matchAll(ITEM)) {
    const number = normalise(item[2] ?? "");
    const itemKind = item[1] ? KINDS[item[1]] : kind;
    if (!itemKind || (items.length > 0 && !item[1] && parts(number) !== depth)) continue;
    const start = offset + item.index;
    items.push({ start, end: start + item[0].length, kind: itemKind, number });
  }
  return items;
}
