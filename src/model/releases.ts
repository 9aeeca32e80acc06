/**
 * The release ledger (`content/releases.json`, published as `/data/releases.json`): every version of
 * every report the site has published, in order, with what each version held. Like a lockfile, the
 * build writes it when a text is new or changed and the maintainer commits it; the dates it records
 * are then part of the input, so a rebuild of the same texts gives the same feed and pages.
 */
import { z } from "zod";

const ReportId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
const SitePath = z.string().regex(/^\/[^\s]*$/, "a site path such as /reports/<id>/tables/1-1/");

/** A table as one version printed it; `url` (its page) is what identifies it from version to version. */
export const ReleaseTable = z
  .object({
    number: z.string().describe('as printed without 表, e.g. "3-2"'),
    caption: z.string(),
    url: SitePath.describe("the table's page"),
  })
  .strict();
export type ReleaseTable = z.infer<typeof ReleaseTable>;

/** A case as one version printed it. */
export const ReleaseCase = z
  .object({
    number: z.string().nullable().describe("null when the report does not number it"),
    title: z.string(),
    url: SitePath.describe("the case's page"),
  })
  .strict();
export type ReleaseCase = z.infer<typeof ReleaseCase>;

/** A figure as one version printed it (figures have no page of their own: `url` is the anchor). */
export const ReleaseFigure = z
  .object({
    number: z.string(),
    caption: z.string(),
    url: SitePath.describe("the figure's anchor on the report page"),
  })
  .strict();
export type ReleaseFigure = z.infer<typeof ReleaseFigure>;

/** One version of a report: one text (by SHA-256) and what the build read from it when it was first seen. */
export const ReleaseVersion = z
  .object({
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    date: z.iso.date().describe("the day the build first saw this text (YYYY-MM-DD, Asia/Shanghai)"),
    title: z.string(),
    tables: z.array(ReleaseTable),
    cases: z.array(ReleaseCase),
    figures: z.array(ReleaseFigure),
  })
  .strict();
export type ReleaseVersion = z.infer<typeof ReleaseVersion>;

/** A report's versions, oldest first: the first is its addition, each later one a correction. */
export const ReportReleases = z.object({ versions: z.array(ReleaseVersion).min(1) }).strict();
export type ReportReleases = z.infer<typeof ReportReleases>;

/** The ledger: report id → its versions. */
export const Releases = z.object({ reports: z.record(ReportId, ReportReleases) }).strict();
export type Releases = z.infer<typeof Releases>;
