import type { Block } from "../../../model/index.ts";
import { caseToMdast } from "./case.ts";
import type { BlockToMdast } from "./context.ts";
import { figureToMdast } from "./figure.ts";
import { headingToMdast } from "./heading.ts";
import { noteToMdast } from "./note.ts";
import { paragraphToMdast } from "./paragraph.ts";
import { tableToMdast } from "./table.ts";

/** One handler per block kind; the map is checked to cover every kind of the model. */
export const blockHandlers: Record<Block["kind"], BlockToMdast> = {
  heading: headingToMdast,
  paragraph: paragraphToMdast,
  table: tableToMdast,
  figure: figureToMdast,
  case: caseToMdast,
  note: noteToMdast,
};
