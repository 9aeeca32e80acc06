/** An indicator as found in one report, before ids and school ids are assigned (src/link/entities). */
import type { Confidence } from "../../model/index.ts";

export interface IndicatorFact {
  readonly metric: string;
  readonly label: string;
  readonly year: number | null;
  readonly period: string | null;
  readonly value: number;
  readonly unit: string;
  readonly ratio: readonly [number, number] | null;
  readonly text: string;
  /** What part of the scope the fact is about, as printed before the label (民办中等职业学校); null for the whole. */
  readonly qualifier: string | null;
  /** School key (canonical name) when the fact is about one school; null for the report's region. */
  readonly school: string | null;
  /** How sure the scope is: a table or a sentence naming its subject is certain. */
  readonly confidence: Confidence;
  /** The sentence a prose fact was read from; null for a table cell. */
  readonly sentence: string | null;
  readonly line: number;
  readonly table: string | null;
  readonly row: number | null;
  readonly column: string | null;
}

/** The year a caption or label states (2022年…), if any. */
export function statedYear(text: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(text);
  return m ? Number(m[1]) : null;
}
