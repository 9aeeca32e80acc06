import { type Finding, finding } from "../../model/index.ts";
import { claimDisplacedBody } from "../table/index.ts";
import type { BlockHandler, TableBlock } from "./types.ts";

/**
 * Where prose was expected while an earlier caption still has no body, a
 * table-shaped run of lines is that caption's displaced body. The body is
 * attached to the oldest waiting caption, and the "no body" warning becomes
 * a "displaced" notice.
 */
export function displacedTableHandler(waiting: TableBlock[], findings: Finding[]): BlockHandler {
  return {
    kind: "displaced-table",
    claim(ctx, index) {
      const owner = waiting[0];
      if (!owner) return null;
      const table = claimDisplacedBody(ctx, index);
      if (!table || table.bodyLines === null) return null;
      waiting.shift();
      owner.table = table;
      owner.displaced = true;
      const line = ctx.lines[index]?.no ?? owner.line;
      const stale = findings.findIndex((f) => f.ruleId === "table-body-not-found" && f.line === owner.line);
      if (stale >= 0) findings.splice(stale, 1);
      return {
        blocks: [],
        artefacts: table.artefacts,
        findings: [
          ...table.findings,
          finding("table-body-displaced", { number: owner.caption.number, line }, owner.line),
        ],
        next: Math.max(table.end, index + 1),
      };
    },
  };
}
