/** The ledger as the site publishes it: `/data/releases.json`, read back by the site data. */
import { join } from "node:path";

import { byCodePoint } from "../../lib/sort.ts";
import type { Releases } from "../../model/releases.ts";
import { outputPath, urls } from "../../model/urls.ts";
import { readLedger } from "./ledger.ts";

/**
 * The ledger restricted to the reports this build publishes (sorted by id): a report whose text has
 * left the content folder keeps its history in the ledger but has no page for the feed to link to.
 */
export function publishedReleases(ledger: Releases, reportIds: Iterable<string>): Releases {
  const ids = [...new Set(reportIds)].sort(byCodePoint);
  return {
    reports: Object.fromEntries(
      ids.flatMap((id) => {
        const entry = ledger.reports[id];
        return entry ? [[id, entry]] : [];
      }),
    ),
  };
}

/** The published ledger of a built site, validated (an empty ledger when the build wrote none). */
export async function readPublishedReleases(outDir: string): Promise<Releases> {
  return readLedger(join(outDir, outputPath(urls.releases())));
}
