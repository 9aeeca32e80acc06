import { z } from "zod";

import { Diagnostic } from "./diagnostic.ts";
import { ReportIndex } from "./report.ts";

/** An input file that produced no publishable report, with why. */
export const RejectedFile = z.object({
  file: z.string(),
  diagnostics: z.array(Diagnostic),
});
export type RejectedFile = z.infer<typeof RejectedFile>;

/** dist/data/index.json: every published report plus the files that could not be published. */
export const SiteIndex = ReportIndex.extend({
  rejected: z.array(RejectedFile),
});
export type SiteIndex = z.infer<typeof SiteIndex>;
