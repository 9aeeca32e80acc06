/**
 * Renaming a report's region: its full name (东城区, 北京市) and its short form (东城, 北京) wherever they
 * appear. Names of the same length keep every line as wide as before (hard-wrapped text stays wrapped).
 */
import { escapeRegExp } from "../../lib/regexp.ts";

/** A region name and the short form prose uses for it. */
export interface RegionName {
  readonly full: string;
  readonly short: string;
}

const SUFFIX = /(自治区|省|市|区|县|旗)$/;
/** Where a report names itself: its title and the lines that cite it. */
const REPORT_TITLE = /质量(?:年度)?报告|年度报告|质量年报/;
const SCHOOL_LEVEL = "(?=中等职业|高等职业|中职|高职|职业教育)";

/** The full name and its short form (the name without 区/县/市/省…; the full name when that leaves one character). */
export function regionName(full: string): RegionName {
  const short = full.replace(SUFFIX, "");
  return { full, short: [...short].length >= 2 ? short : full };
}

/** Every occurrence of `from` replaced by `to`. */
function replaceAll(line: string, from: string, to: string): string {
  return from === to || from === "" ? line : line.split(from).join(to);
}

/**
 * The line with the region renamed: full names first, then short forms. A title that names a
 * municipality by its short form (北京高等职业教育…) names a district or county in full, as such titles do.
 */
export function renameRegion(line: string, from: RegionName, to: RegionName): string {
  let out = replaceAll(line, from.full, to.full);
  const isDistrict = /(区|县|旗)$/.test(to.full);
  if (isDistrict && from.short !== from.full && REPORT_TITLE.test(out)) {
    out = out.replace(new RegExp(escapeRegExp(from.short) + SCHOOL_LEVEL, "g"), to.full);
  }
  return from.short === from.full ? out : replaceAll(out, from.short, to.short);
}
