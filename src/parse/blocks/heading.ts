import type { BlockHandler } from "./types.ts";

/** Emits the headings decided beforehand by findHeadings. */
export const headingHandler: BlockHandler = {
  kind: "heading",
  claim(ctx, index) {
    const heading = ctx.headingAt(index);
    if (!heading) return null;
    const artefacts = heading.candidate?.marker
      ? [{ kind: "footnote-marker" as const, line: heading.line, text: heading.candidate.marker }]
      : [];
    return { blocks: [heading], artefacts, next: index + 1 };
  },
};
