import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { parse as parseYaml } from "yaml";
import { z } from "zod";

import { pinyinSlug } from "../lib/slug.ts";

const RegionSlugs = z.record(z.string(), z.string().regex(/^[a-z][a-z0-9-]*$/));
let cached: Record<string, string> | null = null;

/** The curated region → slug table in data/regions.yaml (read once). */
function regionSlugs(): Record<string, string> {
  if (!cached) {
    const path = fileURLToPath(new URL("../../data/regions.yaml", import.meta.url));
    cached = RegionSlugs.parse(parseYaml(readFileSync(path, "utf8")));
  }
  return cached;
}

/**
 * Slug of a region: curated when listed in data/regions.yaml, else the pinyin of the name without its
 * 省/市/区/县 suffix written as one word, as pinyin orthography (GB/T 16159) writes place names and as the
 * curated slugs are (苏州市 → suzhou, like 海淀区 → haidian).
 */
export function regionSlug(region: string): string {
  const known = regionSlugs()[region];
  if (known) return known;
  return pinyinSlug(region.replace(/(省|自治区|市|区|县|旗)$/, "")).replaceAll("-", "");
}

const LEVEL_SLUG = { secondary: "zhongzhi", higher: "gaozhi" } as const;

/**
 * A report's id from its metadata: region slug, school level and report
 * year (`beijing-zhongzhi-2024`), never from file order, so it is stable
 * when other reports are added. Falls back to the file name when the
 * metadata are incomplete.
 */
export function reportId(
  meta: { region: string | null; schoolLevel: "secondary" | "higher" | null; reportYear: number | null },
  file: string,
): string {
  if (meta.region && meta.reportYear !== null) {
    const level = meta.schoolLevel ? LEVEL_SLUG[meta.schoolLevel] : "zhijiao";
    return `${regionSlug(meta.region)}-${level}-${meta.reportYear}`;
  }
  const stem = file.replace(/\.[^.]+$/, "");
  const ascii = pinyinSlug(stem);
  return `file-${ascii || "report"}`;
}
