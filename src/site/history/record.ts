/** The build's ledger step: compare the reports with the ledger, record new texts, write it back. */
import { relative } from "node:path";

import type { Releases } from "../../model/releases.ts";
import { readLedger, saveLedger } from "./ledger.ts";
import { releaseDate, type ReleaseEnvironment } from "./release-date.ts";
import type { VersionSource } from "./snapshot.ts";
import { ledgerLogLine, updateLedger } from "./update.ts";

export interface RecordOptions {
  /** The ledger file (`ledgerPath(contentDir)`). */
  readonly file: string;
  /** Where `SOURCE_DATE_EPOCH` is read; default `process.env`. */
  readonly env?: ReleaseEnvironment;
  /** The clock when `SOURCE_DATE_EPOCH` is not set; default now. */
  readonly now?: Date;
  readonly log?: ((line: string) => void) | undefined;
}

/**
 * Reads the ledger, adds a version dated today (Asia/Shanghai, or `SOURCE_DATE_EPOCH`) for every new or
 * changed text, and writes the ledger back only when its text changed, saying so: the maintainer commits
 * it like a lockfile. The same texts and the same ledger write nothing and give the same ledger back.
 */
export async function recordReleases(reports: readonly VersionSource[], options: RecordOptions): Promise<Releases> {
  const date = releaseDate(options.env ?? process.env, options.now);
  const update = updateLedger(await readLedger(options.file), reports, date);
  if (await saveLedger(options.file, update.ledger)) {
    const shown = relative(process.cwd(), options.file);
    options.log?.(ledgerLogLine(shown.startsWith("..") || shown === "" ? options.file : shown, update));
  }
  return update.ledger;
}
