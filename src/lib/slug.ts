/** ASCII slugs of Chinese text for URLs and anchors: one pinyin rule for every id the project makes. */
import { pinyin } from "pinyin-pro";

import { isHan } from "./text.ts";

/**
 * Pinyin of the text as a lower-case ASCII slug: one syllable per Han character, syllables and other
 * runs of letters or digits separated by single hyphens, ü written v (no tones): `绿色化工` →
 * `lv-se-hua-gong`, `北京 2024` → `bei-jing-2024`. "" when nothing is left.
 */
export function pinyinSlug(text: string): string {
  const parts = [...text].map((ch) => (isHan(ch) ? `-${pinyin(ch, { toneType: "none" })}-` : ch));
  return parts
    .join("")
    .toLowerCase()
    .replace(/ü/g, "v")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
