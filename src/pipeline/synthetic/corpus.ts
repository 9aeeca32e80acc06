/**
 * A synthetic corpus: N distinct reports (region, school level, report year) derived from a few source
 * texts, for benchmarks at archive scale (issue 15) without committing any text. Each region gets each
 * source in turn, so a region has a series of reports over consecutive years, as real regions do.
 */
import { fileURLToPath } from "node:url";

import { regionSlug } from "../../extract/slug.ts";
import { decode } from "../../ingest/decode.ts";
import { seeded } from "../fuzz/random.ts";
import { readInputs } from "../inputs.ts";
import { derive } from "./derive.ts";
import { type SourceFacts, sourceFacts } from "./facts.ts";
import { SYNTHETIC_REGIONS } from "./region-names.ts";

/** One source text and what the parser reads from it. */
export interface SyntheticSource {
  readonly file: string;
  readonly text: string;
  readonly facts: SourceFacts;
  readonly schoolLevel: "secondary" | "higher";
  readonly reportYear: number;
}

/** One report of a corpus before its text is derived: what it will be and how to derive it. */
export interface SyntheticPlan {
  /** A file name for the content folder (`0001.txt`); the report's id comes from its text. */
  readonly file: string;
  readonly source: SyntheticSource;
  readonly region: string;
  readonly schoolLevel: "secondary" | "higher";
  readonly reportYear: number;
  readonly yearShift: number;
  readonly seed: number;
}

/** One derived report: its plan and its text. */
export interface SyntheticReport extends SyntheticPlan {
  readonly text: string;
}

const BUNDLED = fileURLToPath(new URL("../../../content/reports/", import.meta.url));

/** The sources a corpus can be derived from: texts whose region, level and report year the parser reads. */
export function syntheticSources(texts: readonly { file: string; text: string }[]): SyntheticSource[] {
  return texts.flatMap(({ file, text }) => {
    const facts = sourceFacts(text, file);
    const { region, schoolLevel, reportYear } = facts;
    return region && schoolLevel && reportYear !== null ? [{ file, text, facts, schoolLevel, reportYear }] : [];
  });
}

/** A copy of the list in an order fixed by the seed (Fisher–Yates). */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const rng = seeded(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * The plan of `n` reports from `sources`: report i is source i mod S for region ⌊i / S⌋ (regions in a
 * seeded order, cycling when there are more reports than regions), moved a year further each cycle and on
 * past any year that region already has at that level, so every (region, level, year) is taken once.
 * Cheap: the texts are derived one at a time by `deriveReport`, so a large corpus need not fit in memory.
 */
export function planCorpus(sources: readonly SyntheticSource[], n: number, seed: number): SyntheticPlan[] {
  if (sources.length === 0) throw new Error("planCorpus: no usable source text");
  const regions = shuffled(SYNTHETIC_REGIONS, seed);
  const taken = new Set<string>();
  const width = String(n).length;
  return Array.from({ length: n }, (_, i) => {
    const source = sources[i % sources.length] as SyntheticSource;
    const slot = Math.floor(i / sources.length);
    const region = regions[slot % regions.length] as string;
    const { schoolLevel, reportYear } = source;
    const key = (shift: number): string => `${regionSlug(region)}/${schoolLevel}/${reportYear + shift}`;
    let yearShift = 1 + Math.floor(slot / regions.length);
    while (taken.has(key(yearShift))) yearShift++;
    taken.add(key(yearShift));
    const file = `${String(i + 1).padStart(width, "0")}.txt`;
    return { file, source, region, schoolLevel, reportYear: reportYear + yearShift, yearShift, seed: seed + i };
  });
}

/** The text of one planned report. */
export function deriveReport(plan: SyntheticPlan): string {
  const { source, region, yearShift, seed } = plan;
  return derive(source.text, { region, yearShift, seed, facts: source.facts });
}

/** `n` reports from `sources`, texts included (see `planCorpus`). */
export function corpusFrom(sources: readonly SyntheticSource[], n: number, seed: number): SyntheticReport[] {
  return planCorpus(sources, n, seed).map((plan) => ({ ...plan, text: deriveReport(plan) }));
}

/** The bundled texts (content/reports/, read only) as sources. */
export async function bundledSources(dir = BUNDLED): Promise<SyntheticSource[]> {
  const texts = (await readInputs(dir)).flatMap((input) => {
    const text = decode(input.bytes).text;
    return text === null ? [] : [{ file: input.file, text }];
  });
  return syntheticSources(texts);
}

/** `n` distinct reports derived from the bundled texts (content/reports/, read only). */
export async function syntheticCorpus(n: number, seed: number, dir = BUNDLED): Promise<SyntheticReport[]> {
  return corpusFrom(await bundledSources(dir), n, seed);
}
