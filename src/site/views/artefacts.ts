/** How an artefact's removed text is shown to a reader: characters that print as nothing get names. */
import type { Artefact } from "../../model/index.ts";

/** Kinds whose text is characters that look like nothing (or like a plain space) on the page. */
const UNSEEN: ReadonlySet<Artefact["kind"]> = new Set(["invisible-character", "special-space"]);

const NAMES: Readonly<Record<string, string>> = {
  "\u00A0": "不换行空格",
  "\u3000": "全角空格",
  "\u00AD": "软连字符",
  "\u200B": "零宽空格",
  "\u200C": "零宽不连字",
  "\u200D": "零宽连字",
  "\u2060": "零宽不换行",
  "\uFEFF": "字节顺序标记",
};

/** `U+200B` for a code point, four hex digits at least. */
function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * The text of an artefact as a reader can see it: invisible characters and special spaces become
 * `U+200B 零宽空格 ×2` (one entry per distinct character, in order of first appearance); every other
 * kind is shown as removed.
 */
export function artefactText(a: Artefact): string {
  if (!UNSEEN.has(a.kind)) return a.text;
  const counts = new Map<string, number>();
  for (const ch of a.text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return [...counts]
    .map(([ch, n]) => `${codePoint(ch)}${NAMES[ch] ? ` ${NAMES[ch]}` : ""}${n > 1 ? ` ×${n}` : ""}`)
    .join("，");
}
