/** ASCII ids for entities without a curated one: pinyin, one syllable per character, hyphen-joined. */
import { pinyin } from "pinyin-pro";

/** `北京市某某学校` → `bei-jing-shi-mou-mou-xue-xiao`; other letters and digits kept, lower-cased. */
export function pinyinId(text: string): string {
  const parts = [...text].map((ch) => (/[\u4e00-\u9fff]/.test(ch) ? `-${pinyin(ch, { toneType: "none" })}-` : ch));
  return (
    parts
      .join("")
      .toLowerCase()
      .replace(/ü/g, "v")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "x"
  );
}

/** Sorts strings by code point, for output that does not depend on the locale. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
