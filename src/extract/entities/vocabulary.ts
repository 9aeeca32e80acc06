/** Label → metric lookups over the indicator vocabulary (data/indicators.yaml). */
import { byCodePoint } from "../../lib/sort.ts";
import type { IndicatorVocabulary, MetricKind } from "../../model/index.ts";

/** A label of the vocabulary and its metric. */
export interface LabelEntry {
  readonly label: string;
  readonly metric: string;
  readonly kind: MetricKind;
  readonly units: readonly string[];
}

/** A table label's metric and the part of the scope it names before the label (`A类留在当地`), if any. */
export interface TableMatch extends LabelEntry {
  readonly part: string | null;
}

/** The lookups built once from a vocabulary. */
export interface Labels {
  /** Metric of a table label (cleaned): equal to a label, or ending with one of ≥3 characters. */
  readonly forTableLabel: (label: string) => TableMatch | null;
  /** The metric of a label printed with a share (`双师型教师` with `%` → 双师型教师比例), if the vocabulary has one. */
  readonly shareOf: (label: string) => LabelEntry | null;
  /** Labels by their first two characters, longest first, for scanning prose. */
  readonly byFirstTwo: ReadonlyMap<string, readonly LabelEntry[]>;
}

/** Cleans a printed table label: units in brackets, 其中：, quotes, *, footnote marks, trailing colons removed. */
export function cleanLabel(label: string): string {
  return label
    .replace(/\s+/g, "")
    .replace(/^其中[：:]?/, "")
    .replace(/[（(][^（）()]*[）)]/g, "")
    .replace(/[“”"‘’'*＊⁰¹²³⁴⁵⁶⁷⁸⁹：:]/g, "");
}

/**
 * What only restates the report's scope before a label (东城区中等职业学校, 全市): not a part. Anything
 * else before the label (A类留在当地, 理工农医类) names a part of the whole.
 */
const SCOPE_PREFIX =
  /^(?:[\u4e00-\u9fff]{1,6}?(?:省|市|区|县))?(?:全市|全区|全省)?(?:中等职业学校|中职学校|中职|职业学校|职业高中|高职院校|高等职业院校|高职|职业院校)?$/u;

/** `东城区中等职业学校招生人数` ends with a label after a short prefix; `…担任职务的专任教师人数` does not. */
function isScopePrefix(clean: string, label: string): boolean {
  const prefix = clean.slice(0, clean.length - label.length);
  return clean.endsWith(label) && prefix.length <= 10 && !/的|和|与|及/.test(prefix);
}

const SHARE_WORDS = ["比例", "占比"];

/** Builds the lookups. */
export function labels(v: IndicatorVocabulary): Labels {
  const entries: LabelEntry[] = Object.entries(v.metrics).flatMap(([metric, def]) =>
    def.labels.map((label) => ({ label, metric, kind: def.kind, units: def.units })),
  );
  entries.sort((a, b) => b.label.length - a.label.length || byCodePoint(a.label, b.label));
  // Table labels are compared cleaned (国（境）外… → 国外…), so the vocabulary's are too.
  const cleaned = entries.map((e) => ({ ...e, label: cleanLabel(e.label) })).filter((e) => e.label.length >= 2);
  const exact = new Map<string, LabelEntry>();
  for (const e of cleaned) if (!exact.has(e.label)) exact.set(e.label, e);
  const byFirstTwo = new Map<string, LabelEntry[]>();
  for (const e of entries) byFirstTwo.set(e.label.slice(0, 2), [...(byFirstTwo.get(e.label.slice(0, 2)) ?? []), e]);
  const forTableLabel = (label: string): TableMatch | null => {
    const clean = cleanLabel(label);
    if (clean === "") return null;
    const same = exact.get(clean);
    if (same) return { ...same, part: null };
    const ending = cleaned.find((e) => e.label.length >= 3 && isScopePrefix(clean, e.label));
    if (!ending) return null;
    const prefix = clean.slice(0, clean.length - ending.label.length);
    return { ...ending, part: SCOPE_PREFIX.test(prefix) ? null : prefix };
  };
  const shareOf = (label: string): LabelEntry | null => {
    for (const w of SHARE_WORDS) {
      const e = forTableLabel(`${cleanLabel(label)}${w}`);
      if (e?.kind === "share") return e;
    }
    return null;
  };
  return { forTableLabel, shareOf, byFirstTwo };
}
