/** Label → metric lookups over the indicator vocabulary (data/indicators.yaml). */
import { byCodePoint } from "../../lib/sort.ts";
import type { IndicatorVocabulary } from "../../model/index.ts";

/** A label of the vocabulary and its metric. */
export interface LabelEntry {
  readonly label: string;
  readonly metric: string;
  readonly units: readonly string[];
}

/** The lookups built once from a vocabulary. */
export interface Labels {
  /** Metric of a table label (cleaned): equal to a label, or ending with one of ≥3 characters. */
  readonly forTableLabel: (label: string) => LabelEntry | null;
  /** Labels by their first two characters, longest first, for scanning prose. */
  readonly byFirstTwo: ReadonlyMap<string, readonly LabelEntry[]>;
}

/** Cleans a printed table label: units in brackets, 其中：, *, footnote marks, trailing colons removed. */
export function cleanLabel(label: string): string {
  return label
    .replace(/\s+/g, "")
    .replace(/^其中[：:]?/, "")
    .replace(/[（(][^（）()]*[）)]/g, "")
    .replace(/[*＊⁰¹²³⁴⁵⁶⁷⁸⁹：:]/g, "");
}

/** `东城区中等职业学校招生人数` ends with a label after a short scope; `…担任职务的专任教师人数` does not. */
function isScopePrefix(clean: string, label: string): boolean {
  const prefix = clean.slice(0, clean.length - label.length);
  return clean.endsWith(label) && prefix.length <= 10 && !/的|和|与|及/.test(prefix);
}

/** Builds the lookups. */
export function labels(v: IndicatorVocabulary): Labels {
  const entries: LabelEntry[] = Object.entries(v.metrics).flatMap(([metric, def]) =>
    def.labels.map((label) => ({ label, metric, units: def.units })),
  );
  entries.sort((a, b) => b.label.length - a.label.length || byCodePoint(a.label, b.label));
  const exact = new Map(entries.map((e) => [e.label, e]));
  const byFirstTwo = new Map<string, LabelEntry[]>();
  for (const e of entries) byFirstTwo.set(e.label.slice(0, 2), [...(byFirstTwo.get(e.label.slice(0, 2)) ?? []), e]);
  return {
    forTableLabel: (label) => {
      const clean = cleanLabel(label);
      return exact.get(clean) ?? entries.find((e) => e.label.length >= 3 && isScopePrefix(clean, e.label)) ?? null;
    },
    byFirstTwo,
  };
}
