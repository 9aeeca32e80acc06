import { vocabulary } from "../../extract/entities/data.ts";
import type { Artefact, InstitutionLevel, Report, School, Severity, SpecialtyEventKind } from "../../model/index.ts";

/** Chinese UI labels for the model's enums; one table each so nothing branches on kind strings. */
export const regionLevelLabel: Record<NonNullable<Report["regionLevel"]>, string> = {
  province: "省级",
  municipality: "直辖市",
  city: "地市级",
  district: "区县级",
};

export const schoolLevelLabel: Record<NonNullable<Report["schoolLevel"]>, string> = {
  secondary: "中等职业教育",
  higher: "高等职业教育",
};

/** The short form, in series names of charts (北京市（中职）). */
export const schoolLevelShort: Record<NonNullable<Report["schoolLevel"]>, string> = {
  secondary: "中职",
  higher: "高职",
};

export const severityLabel: Record<Severity, string> = {
  error: "错误",
  warning: "警告",
  info: "提示",
};

export const artefactLabel: Record<Artefact["kind"], string> = {
  "page-number": "页码",
  whitespace: "空白",
  separator: "分隔线",
  "repeated-header": "重复页眉",
  "repeated-character": "重复字符",
  "running-header": "页眉页脚",
  toc: "目录",
  "front-matter": "前置内容",
  "footnote-marker": "脚注标记",
  "page-break": "分页符",
  "control-character": "控制字符",
  "invisible-character": "不可见字符",
  "replacement-character": "替换字符（�）",
  "special-space": "特殊空格",
};

/** A missing value as shown on the pages. */
export const UNKNOWN = "未注明";

/** `value` or the placeholder for a missing value. */
export function orUnknown(value: string | number | null): string {
  return value === null ? UNKNOWN : String(value);
}

/** Labels of the entity enums (src/model/entities.ts). */
export const institutionLevelLabel: Record<InstitutionLevel, string> = {
  secondary: "中等职业学校",
  higher: "高等职业院校",
  undergraduate: "本科院校",
  basic: "基础教育学校",
};

export const ownershipLabel: Record<NonNullable<School["ownership"]>, string> = {
  public: "公办",
  private: "民办",
};

export const specialtyEventLabel: Record<SpecialtyEventKind, string> = {
  added: "新增",
  removed: "撤销",
  monitored: "质量监测",
  offered: "开设",
};

/** A metric's Chinese name (data/indicators.yaml), or its id when the vocabulary lacks it. */
export const metricLabel = (metric: string): string => vocabulary().metrics[metric]?.name ?? metric;
