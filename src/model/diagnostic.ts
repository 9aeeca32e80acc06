import { z } from "zod";

/** Severity of a parser message: errors lose data, warnings may, info never does. */
export const Severity = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof Severity>;

/** One problem found in an input file, with a place an editor can jump to. */
export const Diagnostic = z.object({
  ruleId: z.string().regex(/^[a-z][a-z0-9-]*$/),
  severity: Severity,
  file: z.string(),
  line: z.number().int().nonnegative(),
  column: z.number().int().nonnegative(),
  message: z.string(),
  params: z
    .record(z.string(), z.union([z.string(), z.number()]))
    .optional()
    .describe("the values the message was made from (names, numbers), so it can be said in another language"),
});
export type Diagnostic = z.infer<typeof Diagnostic>;
