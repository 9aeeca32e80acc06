import type { z } from "zod";

import type { RegionLevel, SchoolLevel } from "../model/index.ts";

type Level = z.infer<typeof RegionLevel>;
type School = z.infer<typeof SchoolLevel>;

const MUNICIPALITIES = ["北京", "上海", "天津", "重庆"];
const SCHOOL_LEVEL = /(中等职业|中职|高等职业|高职|职业)/;

/** Region, region level and school level read from a report title. */
export interface TitleFacts {
  readonly region: string | null;
  readonly regionLevel: Level | null;
  readonly schoolLevel: School | null;
}

function regionOf(prefix: string): { region: string | null; regionLevel: Level | null } {
  const p = prefix.replace(/[\s（）()]/g, "");
  const district = /(?:^|[市省])([^市省]{1,8}?(?:区|县|旗))$/.exec(p) ?? /^([^市省]{1,8}?(?:区|县|旗))$/.exec(p);
  if (district?.[1]) return { region: district[1], regionLevel: "district" };
  const muni = MUNICIPALITIES.find((m) => p === m || p === `${m}市`);
  if (muni) return { region: `${muni}市`, regionLevel: "municipality" };
  if (/市$/.test(p)) return { region: p.replace(/^.*?省/, ""), regionLevel: "city" };
  if (/(省|自治区)$/.test(p)) return { region: p, regionLevel: "province" };
  return { region: p === "" ? null : p, regionLevel: null };
}

/**
 * Reads what the title says: the region before the school-level words
 * (北京市 / 北京市朝阳区 → 朝阳区 / 东城区) and secondary vs higher vocational.
 */
export function readTitle(title: string): TitleFacts {
  const m = SCHOOL_LEVEL.exec(title);
  const prefix = m ? title.slice(0, m.index) : "";
  const level = m?.[1];
  const schoolLevel: School | null =
    level === "中等职业" || level === "中职" ? "secondary" : level === "高等职业" || level === "高职" ? "higher" : null;
  return { ...regionOf(prefix), schoolLevel };
}
