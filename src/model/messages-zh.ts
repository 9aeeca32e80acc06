/**
 * The message catalog in Chinese, for readers of the data-quality pages: the same rule ids and params as
 * messages.ts (whose English stays the developers' console output). Each sentence says what happened
 * and what to do. The mapped type makes a rule without a Chinese message a type error, and
 * tests/unit/model/messages-zh.test.ts fails on it too.
 */
import type { Diagnostic } from "./diagnostic.ts";
import type { MessageParams, RuleId } from "./messages.ts";

/** Names the pipeline passes in params (`kind`, `field`), said in Chinese; anything else as it is. */
const WORDS: Readonly<Record<string, string>> = {
  heading: "标题",
  table: "表",
  figure: "图",
  case: "案例",
  title: "标题（title）",
  region: "地区（region）",
  regionLevel: "地区级别（regionLevel）",
  schoolLevel: "学校层次（schoolLevel）",
  reportYear: "报告年份（reportYear）",
  dataYear: "数据年份（dataYear）",
  publisher: "发布单位（publisher）",
  publishedOn: "发布日期（publishedOn）",
  "no year": "未注明年份",
};

/** A param word in Chinese (`heading` → 标题), or the value itself. */
const zh = (word: string): string => WORDS[word] ?? word;

/** The sidecar hint every metadata message ends with. */
const SIDECAR = "在报告文本旁添加同名的 .meta.yaml 附注文件（见 README“添加报告”）";

/** The Chinese message of every rule, a function of the same params as the English one. */
export const messagesZh: { readonly [R in RuleId]: (p: MessageParams<R>) => string } = {
  "file-empty": () => "文件是空的：请放入报告文本，或删除该文件。",
  "file-binary": (p) => `文件不是文本报告，而是 ${p.what}：${p.how}。`,
  "file-outside-content": () =>
    "这是指向内容文件夹之外的符号链接，未被读取（文件夹外的内容一律不发布）。请把文件复制到文件夹内。",
  "encoding-gb18030": () => "文件不是 UTF-8 编码，已按 GB18030（GBK）解码。另存为 UTF-8 即可消除本提示。",
  "encoding-utf16": () =>
    "文件是 UTF-16 编码（Windows 记事本所说的“Unicode”），已按此解码。另存为 UTF-8 即可消除本提示。",
  "control-characters-removed": (p) =>
    `${p.count} 个控制字符（NUL、ESC 等）分布在 ${p.lines} 行（第一处在此），已删除，每一处都列在本页。若附近文字看起来有损坏，请检查转换工具的输出。`,
  "encoding-replacement": (p) => `${p.count} 处字节无法解码，已替换为 U+FFFD（�）。请检查转换工具的输出。`,
  "title-not-found": () => `开头几行中没有找到报告标题（…质量年度报告…），暂用文件名代替。请${SIDECAR}，写明 title。`,
  "metadata-missing": (p) => `无法从文本中确定${zh(p.field)}。请${SIDECAR}，写明 ${p.field}。`,
  "sidecar-invalid": (p) => `附注元数据文件（.meta.yaml）无效，已忽略：${p.reason}。`,
  "duplicate-report-id": (p) =>
    `本报告与 ${p.other} 的标识同为“${p.id}”；两者都以加了哈希后缀的标识发布（本报告为“${p.newId}”）。请在其中一份的 .meta.yaml 附注文件中设置 id。`,
  "heading-looks-like-list-item": (p) =>
    `“${p.number}”的编号像标题，但被读作列表项或段落（目录中没有它，或编号不连续）。`,
  "heading-number-normalised": (p) => `标题编号“${p.printed}”读作“${p.number}”。`,
  "toc-entry-missing-in-body": (p) => `目录列出了${zh(p.kind)}“${p.number} ${p.title}”，正文中却没有找到。`,
  "toc-title-differs": (p) => `${zh(p.kind)} ${p.number}：目录写作“${p.toc}”，正文写作“${p.body}”（采用正文）。`,
  "table-body-not-found": (p) => `表${p.number} 只有表题，没有表体（原报告中可能是图片），仅发布表题。`,
  "table-body-displaced": (p) => `表${p.number}：表体不在表题下方，而在第 ${p.line} 行。`,
  "table-header-repeated": (p) => `表${p.number}：分页后重复的表头已删除。`,
  "table-row-width": (p) =>
    `表${p.number}：有一行 ${p.width} 个单元格，表头却有 ${p.expected} 列；已补齐或合并，请核对该行。`,
  "table-cell-joined": (p) => `表${p.number}：折到下一行的单元格内容（“${p.text}”）已并入上一行。`,
  "table-row-shift-repaired": (p) =>
    `表${p.number}：${p.rows === 1 ? "有一行" : `从此处起有 ${p.rows} 行`}整体右移了一列（单位印在第一个数值列下），已移回对应的列。`,
  "table-row-shifted": (p) =>
    `表${p.number}：有一行看似整体右移了一列（数值列下印着单位），但左移一列后对不上，按原样保留，请核对该行。`,
  "table-duplicate-number": (p) => `有两个表题的编号都是 ${p.number}；第二个以加后缀的标识发布。`,
  "figure-duplicate-number": (p) => `有两个图题的编号都是 ${p.number}；第二个以加后缀的标识发布。`,
  "case-duplicate-number": (p) => `有两个案例的编号都是 ${p.number}；第二个以加后缀的标识发布。`,
  "heading-duplicate-number": (p) => `有两个标题的编号都是 ${p.number}；第二个以加后缀的标识发布。`,
  "html-in-text": () => "文本中含有类似 HTML 的标记，按文字显示，不会被当作网页代码执行。",
  "text-unaccounted": (p) =>
    `这几行中有些文字（“${p.missing}”）既不在任何记录中，也未作为版面内容删除：解析丢失了文字，请报告此问题。`,
  "report-failed": (p) => `无法解析本报告（${p.reason}）。请提交问题并附上该文件。`,
  "school-unknown": (p) =>
    `“${p.name}”像是学校名称，但不在 data/schools.yaml 中，按未校订的学校发布。请在该文件中添加它（含别名、所在区和层次），或列入 notSchools。`,
  "school-name-cut": (p) => `表格单元格“${p.printed}”是“${p.name}”的开头（被分页截断），已读作该校。`,
  "indicator-conflict": (p) =>
    `报告对${p.metric}（${p.year === "no year" ? "年份未注明" : `${p.year}年`}，${p.scope}）给出了不同的数值：${p.valuesZh}；均连同出处发布，请核对哪一个正确。`,
  "specialty-code-conflict": (p) => `专业代码 ${p.code} 对应了不同的名称（${p.names}），按同一个专业发布。`,
};

/** Whether a string is a rule id of the catalog. */
function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(messagesZh, id);
}

/** The Chinese message of a rule with its params. */
export function messageZh<R extends RuleId>(ruleId: R, params: MessageParams<R>): string {
  return (messagesZh[ruleId] as (p: MessageParams<R>) => string)(params);
}

/**
 * A published diagnostic's Chinese message. It needs the diagnostic's params: a rule without params
 * always has one; otherwise, when the record does not carry its params, the English message is kept
 * (said, not guessed).
 */
export function diagnosticMessageZh(d: Diagnostic & { readonly params?: unknown }): string {
  if (!isRuleId(d.ruleId)) return d.message;
  const text = messagesZh[d.ruleId] as (p: unknown) => string;
  if (d.params !== undefined || text.length === 0) return text(d.params);
  return d.message;
}
