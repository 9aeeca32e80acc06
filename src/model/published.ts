import { z } from "zod";

import { EntityId } from "./entities.ts";
import { Report } from "./report.ts";

/**
 * A report as published in dist/data/reports/<id>.json: the parsed record
 * plus the ids of the entities it mentions (schools, specialties by code,
 * indicators), so a report links to its entities without a second file.
 */
export const PublishedReport = Report.extend({
  entities: z.object({
    schools: z.array(EntityId),
    specialties: z.array(EntityId),
    indicators: z.array(EntityId),
  }),
});
export type PublishedReport = z.infer<typeof PublishedReport>;
