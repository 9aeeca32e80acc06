/**
 * Ordered scales that categories can come from (grades, professional titles, prize levels): bars of such
 * categories keep the scale's order, as a reader expects, instead of being sorted by value.
 */

/** The scales, each from its top down. */
const SCALES: readonly (readonly string[])[] = [
  ["正高级", "副高级", "中级", "初级", "员级"],
  ["特等奖", "一等奖", "二等奖", "三等奖", "优秀奖"],
  ["金奖", "银奖", "铜奖"],
  ["国家级", "省级", "市级", "区级", "校级"],
];

/** A grade (A+, B, C-): letter first, then + before none before -. */
const GRADE = /^([A-Ea-e])([+＋]|[-－])?$/;

function gradeRank(label: string): number | null {
  const m = GRADE.exec(label);
  if (!m) return null;
  const sign = m[2] ? (/[+＋]/.test(m[2]) ? 0 : 2) : 1;
  return (m[1] as string).toUpperCase().charCodeAt(0) * 3 + sign;
}

/**
 * The labels in their scale's order when every label is on one scale (all grades, or all titles…),
 * else null (the categories have no order of their own).
 */
export function scaleOrder(labels: readonly string[]): string[] | null {
  if (labels.length < 2) return null;
  const ranks = labels.map(gradeRank);
  if (ranks.every((r) => r !== null)) {
    return [...labels].sort((a, b) => (gradeRank(a) ?? 0) - (gradeRank(b) ?? 0));
  }
  const scale = SCALES.find((s) => labels.every((l) => s.includes(l.trim())));
  return scale ? [...labels].sort((a, b) => scale.indexOf(a.trim()) - scale.indexOf(b.trim())) : null;
}
