import { splitFootnoteMarker } from "../../lib/text.ts";
import { finding } from "../../model/index.ts";
import { matchTableCaption, parseTableAt } from "../table/index.ts";
import type { BlockHandler } from "./types.ts";

/** A table caption with the body, repeated headers and notes the table parser claims. */
export const tableHandler: BlockHandler = {
  kind: "table",
  claim(ctx, index) {
    const line = ctx.lines[index];
    const caption = line ? matchTableCaption(line.text) : null;
    if (!line || !caption) return null;
    const table = parseTableAt(ctx, index);
    const findings = [...table.findings];
    if (table.bodyLines === null && !findings.some((f) => f.ruleId === "table-body-not-found")) {
      findings.push(finding("table-body-not-found", { number: caption.number }, line.no));
    }
    const marker = splitFootnoteMarker(line.text.trim()).marker;
    const footnote =
      marker && !caption.caption.endsWith(marker)
        ? [{ kind: "footnote-marker" as const, line: line.no, text: marker }]
        : [];
    return {
      blocks: [{ kind: "table", line: line.no, caption, table, displaced: false }],
      artefacts: [...footnote, ...table.artefacts],
      findings,
      next: Math.max(table.end, index + 1),
    };
  },
};
