/** ASCII ids for entities without a curated one. */
import { pinyinSlug } from "../../lib/slug.ts";

/** `北京市某某学校` → `bei-jing-shi-mou-mou-xue-xiao` (the pinyin slug); `x` when no letter or digit is left. */
export function pinyinId(text: string): string {
  return pinyinSlug(text) || "x";
}
