import type { Options } from "remark-rehype";

import type { ReportCase, ReportFigure, ReportTable } from "../nodes.ts";
import { caseToHast } from "./case.ts";
import { figureToHast } from "./figure.ts";
import { tableToHast } from "./table.ts";

type Handlers = NonNullable<Options["handlers"]>;

/**
 * remark-rehype handlers for our node types: thin adapters around the pure converters.
 * `linkPages`: tables link to their own pages (in the narrative, not on the table page itself).
 */
export function narrativeHandlers(options: { readonly linkPages: boolean }): Handlers {
  return {
    reportTable: (_state, node: ReportTable) => tableToHast(node.table, { linkPage: options.linkPages }),
    reportFigure: (_state, node: ReportFigure) => figureToHast(node.figure),
    reportCase: (state, node: ReportCase) => caseToHast(node.case, state.wrap(state.all(node), true)),
  };
}
