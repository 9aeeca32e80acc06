import type { BlockContent, Node, Parent } from "mdast";

import type { Case, Figure, Table } from "../../model/index.ts";

/** A numbered table; its record carries caption, header rows and cells. */
export interface ReportTable extends Node {
  type: "reportTable";
  table: Table;
}

/** A figure caption (the image itself is not in the text). */
export interface ReportFigure extends Node {
  type: "reportFigure";
  figure: Figure;
}

/** A case study: its title line and the blocks that belong to it. */
export interface ReportCase extends Parent {
  type: "reportCase";
  case: Case;
  children: BlockContent[];
}

// Registering the node types lets them sit in ordinary mdast trees, typed.
declare module "mdast" {
  interface BlockContentMap {
    reportTable: ReportTable;
    reportFigure: ReportFigure;
    reportCase: ReportCase;
  }
  interface RootContentMap {
    reportTable: ReportTable;
    reportFigure: ReportFigure;
    reportCase: ReportCase;
  }
}
