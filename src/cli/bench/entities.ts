/** Entity pass time: detection and linking of schools, specialties and indicators over the parsed corpus. */
import { entitiesOf } from "../../link/entities/from-inputs.ts";
import type { InputFile } from "../../pipeline/inputs.ts";
import { buildRecords } from "../../pipeline/records.ts";
import { fmt, MB, median, time } from "./measure.ts";

/** Times the entity pass over the parsed corpus, 5 runs after one warm-up. */
export function benchEntities(inputs: readonly InputFile[], now: () => number): number[] {
  const reports = buildRecords(inputs).reports;
  entitiesOf(reports, inputs);
  return Array.from({ length: 5 }, () => time(now, () => void entitiesOf(reports, inputs)));
}

/** The printed line of the entity pass. */
export function entityLines(runsMs: readonly number[], bytes: number): string[] {
  const ms = median(runsMs);
  return [
    `  entities (separate pass: detection and linking over the parsed records): ${fmt(ms)} ms → ${fmt(bytes / MB / (ms / 1000), 2)} MB/s`,
  ];
}
