/**
 * What each number on a line is, decided by context, in order of precedence: the first rule that claims a
 * stretch of the line decides it. Item numbers (表1-2, 图3-1, 案例2), section numbers, list marks, dates,
 * codes, phone numbers and page numbers are kept; years of the report's time frame move; everything else
 * that is a number is a quantity. When in doubt a number is kept: a kept number never breaks a parse.
 */
import { shiftChineseYear, shiftRange, shiftYear, type YearWindow } from "./years.ts";

/** What the rules need to know about the derivation and the line. */
export interface LineContext {
  readonly window: YearWindow;
  /** Years to add (0: none). */
  readonly by: number;
  /** A quantity token (`1,234`, `92.38`) in its new form; `isShare` when a % follows. */
  readonly quantity: (token: string, isShare: boolean) => string;
  /** The line is a table-of-contents entry: its last number is a page number. */
  readonly isToc: boolean;
}

/** One rule: a pattern (global) and what its match becomes; no `replace` keeps the match as printed. */
export interface LineRule {
  readonly name: string;
  readonly pattern: RegExp;
  readonly replace?: (match: RegExpExecArray, ctx: LineContext) => string;
  readonly when?: (ctx: LineContext) => boolean;
}

const YEAR = String.raw`(?:19|20)\d{2}`;
/** Units that make a year-like number an amount (2000 人, 2021 余名, 1998%). */
const UNIT = String.raw`(?:人|名|元|万|亿|个|所|项|门|家|次|台|套|本|册|件|种|篇|场|间|位|份|条|平方|㎡|小时|天|课时|学时|余|多|%|％)`;
const NOT_AMOUNT = String.raw`(?![\d])(?![.,．]\d)(?!\s*${UNIT})`;
const RANGE_SEP = String.raw`\s*[-－—–~～至到]\s*`;

const shift = (year: string, ctx: LineContext): string => String(shiftYear(Number(year), ctx.window, ctx.by));

/** A line of a table of contents ends in its page number (`…… 14`, `- 7 -`). */
const tocPage: LineRule = {
  name: "toc-page",
  pattern: /\d{1,4}(?=\s*[-—–－]?\s*$)/g,
  when: (ctx) => ctx.isToc,
};

/** ASCII words with digits: URLs, 1+X, 5G, ISO9001, 730604W, GB/T. */
const asciiWord: LineRule = { name: "ascii-word", pattern: /[\w+#@/:.-]*[A-Za-z][\w+#@/:.-]*/g };

/** Numbers of tables, figures, cases, annexes, and ordinals (表 1-2-1, 图3-1, 案例2, 第 3 页). */
const itemNumber: LineRule = {
  name: "item-number",
  pattern: /(?:表|图|案例|附表|附件|附录|专栏|第|序号|编号|代码)\s*\d+(?:\s*[-－—–.．]\s*\d+)*/g,
};

/** A range of years (2022-2023学年, 2021—2023 年): moves as a whole or not at all. */
const yearRange: LineRule = {
  name: "year-range",
  pattern: new RegExp(String.raw`(?<![\d.,])(${YEAR})(${RANGE_SEP})(${YEAR})${NOT_AMOUNT}`, "g"),
  replace: (m, ctx) => {
    const [a, b] = shiftRange(Number(m[1]), Number(m[3]), ctx.window, ctx.by);
    return `${a}${m[2] ?? ""}${b}`;
  },
};

/** A date in digits and dots (2021.01, 2022/12/23): the year moves, the month and day stay. */
const dottedDate: LineRule = {
  name: "dotted-date",
  pattern: new RegExp(String.raw`(?<![\d.,])(${YEAR})([.．/])(0?[1-9]|1[0-2])(?:\2\d{1,2})?${NOT_AMOUNT}`, "g"),
  replace: (m, ctx) => shift(m[1] ?? "", ctx) + m[0].slice(4),
};

/**
 * Other runs joined by - ~ / : + (010-65252297, 3+2, 8.1:1, 7714-2015, 1.2.1): identifiers. Without
 * spaces, so that a table row's `225	-383` stays two amounts.
 */
const joinedRun: LineRule = {
  name: "joined-run",
  pattern: /\d+(?:[-－~～/:：+]\d+)+|\d+(?:[.．]\d+){2,}/g,
};

/** A number between quotation marks is a name (“455”育人机制, “3242”工作法). */
const quotedNumber: LineRule = { name: "quoted-number", pattern: /(?<=[“"「『‘])[\d.]+(?=[”"」』’])/g };

/** One year (2024 年, (2024 年度), 2019 届, 〔2024〕, a bare 2020 in a table): moves when in the window. */
const year: LineRule = {
  name: "year",
  pattern: new RegExp(String.raw`(?<![\d.,])${YEAR}${NOT_AMOUNT}`, "g"),
  replace: (m, ctx) => shift(m[0], ctx),
};

/** A year in Chinese digits (二零二一年). */
const chineseYear: LineRule = {
  name: "chinese-year",
  pattern: /[〇零一二三四五六七八九]{4}(?=\s*年)/g,
  replace: (m, ctx) => shiftChineseYear(m[0], ctx.window, ctx.by),
};

/**
 * The numbering a line starts with (1.2.1, 1. 10, 2、, （3）, 4）, a table row's 序号 before its name):
 * section, list and row numbers. A number followed by another number starts a row of amounts instead.
 */
const lineNumbering: LineRule = {
  name: "line-numbering",
  pattern: /^\s*(?:[（(]\s*\d+\s*[)）]|\d+(?:\s*[.．]\s*\d+)*(?:\s*[.．、)）]|(?!\s*[-\d])))/g,
};

/** List marks and footnote marks inside a line: (1), （12）. */
const parenMark: LineRule = { name: "paren-mark", pattern: /[（(]\s*\d{1,2}\s*[)）]/g };

/** Parts of dates and document numbers: 3 月, 12 日, 29 号, 8 时. */
const datePart: LineRule = { name: "date-part", pattern: /\d+(?=\s*(?:月|日|号|时|点))/g };

/** Long plain integers are codes (专业代码 750201), phone numbers or ids; 07 is a code too. */
const code: LineRule = { name: "code", pattern: /(?<![\d.,])(?:\d{6,}|0\d+)(?![\d]|[.,]\d)/g };

/** Every other number: an amount, changed in its own printed form. */
const quantity: LineRule = {
  name: "quantity",
  pattern: /(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d)/g,
  replace: (m, ctx) => {
    const after = m.input.slice(m.index + m[0].length);
    return ctx.quantity(m[0], /^\s*[%％]/.test(after));
  },
};

/** The rules in order of precedence. */
export const LINE_RULES: readonly LineRule[] = [
  tocPage,
  asciiWord,
  itemNumber,
  yearRange,
  dottedDate,
  joinedRun,
  quotedNumber,
  year,
  chineseYear,
  lineNumbering,
  parenMark,
  datePart,
  code,
  quantity,
];
