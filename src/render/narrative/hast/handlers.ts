import type { Options } from "remark-rehype";
import type { ReportCase, ReportFigure, ReportTable } from "../nodes.ts";
import { caseToHast } from "./case.ts";
import { figureToHast } from "./figure.ts";
import { tableToHast } from "./table.ts";

type Handlers = NonNullable<Options["handlers"]>;

/** remark-rehype handlers for our node types: thin adapters around the pure converters. */
export const handlers: Handlers = {
  reportTable: (_state, node: ReportTable) => tableToHast(node.table),
  reportFigure: (_state, node: ReportFigure) => figureToHast(node.figure),
  reportCase: (state, node: ReportCase) => caseToHast(node.case, state.wrap(state.all(node), true)),
};
