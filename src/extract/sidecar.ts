import { parse as parseYaml } from "yaml";
import { z } from "zod";

import { RegionLevel, SchoolLevel } from "../model/index.ts";

/** What a `<name>.meta.yaml` beside a report may set; every field optional. */
export const Sidecar = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "an id is lower-case ASCII letters, digits and hyphens"),
    title: z.string().min(1),
    region: z.string().min(1),
    regionLevel: RegionLevel,
    schoolLevel: SchoolLevel,
    reportYear: z.number().int().min(1990).max(2100),
    dataYear: z.number().int().min(1990).max(2100),
    publisher: z.string().min(1),
    publishedOn: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "a date is YYYY, YYYY-MM or YYYY-MM-DD"),
    sourceUrl: z.url({ protocol: /^https?$/, error: "the original's address, an absolute URL such as https://…" }),
  })
  .partial()
  .strict();
export type Sidecar = z.infer<typeof Sidecar>;

/** Parses sidecar YAML; on failure says which field is wrong and why (all problems, not just the first). */
export function readSidecar(text: string | null): { sidecar: Sidecar; error: string | null } {
  if (text === null) return { sidecar: {}, error: null };
  let raw: unknown;
  try {
    raw = parseYaml(text) ?? {};
  } catch (e) {
    return { sidecar: {}, error: `not valid YAML (${(e as Error).message.split("\n")[0]})` };
  }
  const parsed = Sidecar.safeParse(raw);
  if (parsed.success) return { sidecar: parsed.data, error: null };
  const why = parsed.error.issues.map((i) => `${i.path.join(".") || "(top)"}: ${i.message}`).join("; ");
  return { sidecar: {}, error: why };
}
