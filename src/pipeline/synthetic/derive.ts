/**
 * Derived report texts for tests and benchmarks: the same report a year (or N) later, or for another
 * region, with its amounts changed. Line by line, so the derived text has the same lines as its source
 * and parses to the same structure (headings, tables and their shapes, figures, cases); deterministic for
 * a seed. Only general rules about how reports print numbers, years and names (line-rules.ts).
 */
import { type SourceFacts, sourceFacts } from "./facts.ts";
import { rewriteLine } from "./line.ts";
import type { LineContext } from "./line-rules.ts";
import { factorOf, scaleQuantity } from "./quantity.ts";
import { regionName, renameRegion } from "./region.ts";
import { yearWindow } from "./years.ts";

export interface DeriveOptions {
  /** The new region's full name (余杭区); default: the source's region. */
  readonly region?: string;
  /** Years to move the report's time frame by (default 0). */
  readonly yearShift?: number;
  /** Seeds the changes to amounts: the same seed gives the same text. */
  readonly seed: number;
  /** Change amounts (default true); false keeps every quantity as printed. */
  readonly perturb?: boolean;
  /** The source's facts when already known (a corpus derives many texts from one source). */
  readonly facts?: SourceFacts;
}

const LINE_END = /(\r\n|\r|\n)/;

function contextFor(facts: SourceFacts, options: DeriveOptions): Omit<LineContext, "isToc"> {
  const by = options.yearShift ?? 0;
  if (by !== 0 && facts.reportYear === null) throw new Error("derive: the source states no report year to move");
  const window = yearWindow(facts.reportYear ?? 0, facts.dataYear);
  const quantity =
    options.perturb === false
      ? (token: string) => token
      : (token: string, isShare: boolean) => scaleQuantity(token, factorOf(options.seed, token), isShare);
  return { window, by, quantity };
}

function renamer(facts: SourceFacts, region: string | undefined): (line: string) => string {
  if (region === undefined || region === facts.region) return (line) => line;
  if (facts.region === null) throw new Error("derive: the source names no region to replace");
  const from = regionName(facts.region);
  const to = regionName(region);
  return (line) => renameRegion(line, from, to);
}

/** The source text for another region and/or years later, amounts changed; same lines, same line ends. */
export function derive(text: string, options: DeriveOptions): string {
  const facts = options.facts ?? sourceFacts(text);
  const ctx = contextFor(facts, options);
  const rename = renamer(facts, options.region);
  const parts = text.split(LINE_END);
  return parts
    .map((part, i) => {
      // Odd parts are the line ends the split kept.
      if (i % 2 === 1) return part;
      const no = i / 2 + 1;
      const named = rename(part);
      return facts.pageLines.has(no) ? named : rewriteLine(named, { ...ctx, isToc: facts.tocLines.has(no) });
    })
    .join("");
}

/** The same region's report `years` (default 1) year(s) later: its time frame moved, its amounts changed. */
export function nextYear(text: string, options: { readonly years?: number; readonly seed: number }): string {
  return derive(text, { yearShift: options.years ?? 1, seed: options.seed });
}

/** The same report for another region (full name, e.g. 余杭区), amounts changed. */
export function renamed(text: string, options: { readonly region: string; readonly seed: number }): string {
  return derive(text, { region: options.region, seed: options.seed });
}
