import { decode } from "../../ingest/decode.ts";
import { splitLines } from "../../ingest/lines.ts";
import { normaliseLines } from "../../ingest/normalise.ts";
import type { Report } from "../../model/index.ts";
import { buildEntities, type EntityBundle } from "./index.ts";

/**
 * The lines of an input file as the parser saw them, normalised at ingest (a zero-width space inside a
 * school name must not hide it), so mention lines are exact inside re-joined paragraphs.
 */
export function rawLinesOf(bytes: Uint8Array): string[] {
  return normaliseLines(splitLines(decode(bytes).text ?? "")).lines.map((l) => l.text);
}

/** The {@link rawLinesOf} of each input file, by file name. */
export function rawLinesByFile(inputs: readonly { file: string; bytes: Uint8Array }[]): Map<string, string[]> {
  return new Map(inputs.map((i) => [i.file, rawLinesOf(i.bytes)]));
}

/** Detects and links the entities of the published reports, reading exact lines from their input files. */
export function entitiesOf(
  reports: readonly Report[],
  inputs: readonly { file: string; bytes: Uint8Array }[],
): EntityBundle {
  const raw = rawLinesByFile(inputs);
  return buildEntities(reports, (r) => raw.get(r.source.file) ?? null);
}
