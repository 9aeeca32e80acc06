import type { Report } from "../../model/index.ts";
import { decode } from "../../ingest/decode.ts";
import { splitLines } from "../../ingest/lines.ts";
import { buildEntities, type EntityBundle } from "./index.ts";

/** Raw lines of each input file (by file name), so mention lines are exact inside re-joined paragraphs. */
export function rawLinesByFile(inputs: readonly { file: string; bytes: Uint8Array }[]): Map<string, string[]> {
  return new Map(inputs.map((i) => [i.file, splitLines(decode(i.bytes).text ?? "").map((l) => l.text)]));
}

/** Detects and links the entities of the published reports, reading exact lines from their input files. */
export function entitiesOf(
  reports: readonly Report[],
  inputs: readonly { file: string; bytes: Uint8Array }[],
): EntityBundle {
  const raw = rawLinesByFile(inputs);
  return buildEntities(reports, (r) => raw.get(r.source.file) ?? null);
}
