/**
 * Names that look like schools but are not in the gazetteer. In prose, a candidate starts with a place
 * (a province-level name, 中国/中央/首都, or a name ending in 省/市/区/县/州) and ends with a school word
 * (学校, 职业学院, 中学…), inside one phrase (no punctuation or function word in between). In a school
 * column of a table the whole cell is the candidate. Generic phrases (北京市中等职业学校) are not names.
 */

const SUFFIX =
  /(职业技术学院|职业学院|技术学院|技师学院|工学院|技工学校|职业学校|职业高中|中等专业学校|专科学校|学校|职教中心|特殊教育中心|附属中学|附中|中学|大学|学院)$/;

const SUFFIXES = new RegExp(SUFFIX.source.slice(0, -1), "g");

/** Province-level names and national prefixes that start a school's name. */
const PLACES =
  "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|中国|中央|首都";
const START = new RegExp(`(?:${PLACES})|^[\\u4e00-\\u9fff]{1,4}?(?:省|市|区|县|州)`, "g");

/** Punctuation, digits, Latin and function characters end a phrase: a name never spans them. */
const PHRASE_BREAK = /[^\u4e00-\u9fff（）()-]|[的了和与及在对为是各等共有向把被将由从以让使并或含即到已于这该其如]/;

/** What is left of a generic phrase once its places are removed: not a school's own name. */
const GENERIC =
  /^(?:公办|民办|独立设置的?|其他|地区|各|全市|全区|本市)?(?:中等职业学校|中职学校|职业学校|职业高中|职高|学校|中学|大学|学院|高等学校|高职院校|职业院校|中小学校?|普通高中|特色学校|高校|本科院校|工程师学院|产业学院|职教中心)$/;
const PLACE_PREFIX = /^[\u4e00-\u9fff]{1,4}?(?:省|市|区|县|州)/;

/** The name without its leading places (北京市东城区…), at most three levels. */
function withoutPlaces(name: string): string {
  let n = name.replace(new RegExp(`^(?:${PLACES})市?`), "");
  for (let k = 0; k < 3; k++) {
    const m = PLACE_PREFIX.exec(n);
    if (!m || m[0].length === n.length) break;
    n = n.slice(m[0].length);
  }
  return n;
}

/** Words that make a phrase a statement or a programme, not a school's name. */
const NOT_A_NAME =
  /公司|集团|开展|推动|推进|鼓励|选取|批准|重视|强化|加大|举办|组织|建立|落实|深化|结合|成立|率先|积极|高度|建议|通过|严格|周边|中小学|[一二三四五六七八九十两几数多]所|全市|全区|全国|我区|本区|义务教育|标志性|现代化|特色高水平|工程师学院$|产业学院$|田间学校|社区学院|培训学院|职成学校|高职学校$/;

/** True when the whole string reads as a school's name (a school word at the end, not a generic phrase). */
export function looksLikeSchool(name: string): boolean {
  if (name.length < 4 || !SUFFIX.test(name)) return false;
  return !GENERIC.test(name) && !GENERIC.test(withoutPlaces(name)) && !NOT_A_NAME.test(name);
}

/** The phrases of squashed text (split at PHRASE_BREAK) long enough to hold a name, with their offsets. */
function phrases(text: string): { phrase: string; start: number }[] {
  const out: { phrase: string; start: number }[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !PHRASE_BREAK.test(text[i] as string)) continue;
    if (i - from >= 4) out.push({ phrase: text.slice(from, i), start: from });
    from = i + 1;
  }
  return out;
}

/** Candidate school names in a phrase-split piece of squashed text (known names already masked out). */
export function schoolCandidates(text: string): { name: string; start: number }[] {
  return phrases(text).flatMap((p) => inPhrase(p.phrase, p.start));
}

/**
 * School-like names with or without a place in front (埃中应用技术学院): the longest head of a phrase that
 * looks like a school. Looser than schoolCandidates, so only for telling "some institution" from "the
 * region", never for publishing a school.
 */
export function schoolLikeNames(text: string): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  for (const { phrase, start } of phrases(text)) {
    if (/\d/.test(text[start - 1] ?? "")) continue; // 4所中职学校 counts schools, it names none
    for (let end = phrase.length; end >= 4; end--) {
      const name = phrase.slice(0, end);
      if (phrase[end] !== "生" && looksLikeSchool(name)) {
        out.push({ name, start });
        break;
      }
    }
  }
  return out;
}

/** The longest place-started, school-ended name in one phrase, if any. */
function inPhrase(phrase: string, offset: number): { name: string; start: number }[] {
  let end = -1;
  for (const m of phrase.matchAll(SUFFIXES)) end = m.index + m[0].length;
  if (end < 4 || phrase[end] === "生") return [];
  START.lastIndex = 0;
  for (let m = START.exec(phrase); m && m.index < end - 3; m = START.exec(phrase)) {
    const name = phrase.slice(m.index, end);
    if (looksLikeSchool(name)) return [{ name, start: offset + m.index }];
  }
  return [];
}

/** True when a table column names schools (学校名称, 中职学校, 试点单位…), not partners abroad or companies. */
export function isSchoolColumn(name: string): boolean {
  return /学校|院校|试点单位|单位名称|牵头单位/.test(name) && !/外方|企业|合作单位|数|率|（|\(/.test(name);
}
