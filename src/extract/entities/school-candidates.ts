/**
 * Names that look like schools but are not in the gazetteer. In prose, a candidate starts with a place
 * (a province-level name, 中国/中央/首都, or a name ending in 省/市/区/县/州) and ends with a school word
 * (学校, 职业学院, 中学…), inside one phrase (no punctuation or function word in between). In a school
 * column of a table the whole cell is the candidate. Generic phrases (北京市中等职业学校) are not names.
 * The words are data: data/school-words.yaml.
 */
import { wordsPattern } from "../../lib/regexp.ts";
import { schoolWords } from "./data.ts";

/** The patterns built from data/school-words.yaml. */
interface Patterns {
  /** A school word at the end. */
  readonly suffix: RegExp;
  /** Every school word (global), to find the last one in a phrase. */
  readonly suffixes: RegExp;
  /** Where a name may start: a listed place, or a name ending in 省/市/区/县/州 at the start. */
  readonly start: RegExp;
  /** A listed place at the start, with 市. */
  readonly leadingPlace: RegExp;
  /** What is left of a generic phrase once its places are removed: not a school's own name. */
  readonly generic: RegExp;
  /** Words that make a phrase a statement or a programme, not a school's name; or a count (三所). */
  readonly notAName: RegExp;
}

let cached: Patterns | null = null;

/** The patterns, built once from the word lists. */
function patterns(): Patterns {
  if (cached) return cached;
  const w = schoolWords();
  const endings = wordsPattern(w.endings);
  const places = wordsPattern(w.places);
  const generic = `^(?:${wordsPattern(w.genericPrefixes)})?(?:${wordsPattern(w.genericKinds)})$`;
  const notAName = `${wordsPattern(w.notInName)}|[一二三四五六七八九十两几数多]所|(?:${wordsPattern(w.notAtEnd)})$`;
  cached = {
    suffix: new RegExp(`(?:${endings})$`),
    suffixes: new RegExp(endings, "g"),
    start: new RegExp(`(?:${places})|^[\\u4e00-\\u9fff]{1,4}?(?:省|市|区|县|州)`, "g"),
    leadingPlace: new RegExp(`^(?:${places})市?`),
    generic: new RegExp(generic),
    notAName: new RegExp(notAName),
  };
  return cached;
}

/** Punctuation, digits, Latin and function characters end a phrase: a name never spans them. */
const PHRASE_BREAK = /[^\u4e00-\u9fff（）()-]|[的了和与及在对为是各等共有向把被将由从以让使并或含即到已于这该其如]/;

const PLACE_PREFIX = /^[\u4e00-\u9fff]{1,4}?(?:省|市|区|县|州)/;

/** The name without its leading places (北京市东城区…), at most three levels. */
function withoutPlaces(name: string): string {
  let n = name.replace(patterns().leadingPlace, "");
  for (let k = 0; k < 3; k++) {
    const m = PLACE_PREFIX.exec(n);
    if (!m || m[0].length === n.length) break;
    n = n.slice(m[0].length);
  }
  return n;
}

/** True when the whole string reads as a school's name (a school word at the end, not a generic phrase). */
export function looksLikeSchool(name: string): boolean {
  const p = patterns();
  if (name.length < 4 || !p.suffix.test(name)) return false;
  return !p.generic.test(name) && !p.generic.test(withoutPlaces(name)) && !p.notAName.test(name);
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
  const { suffixes, start } = patterns();
  for (const m of phrase.matchAll(suffixes)) end = m.index + m[0].length;
  if (end < 4 || phrase[end] === "生") return [];
  start.lastIndex = 0;
  for (let m = start.exec(phrase); m && m.index < end - 3; m = start.exec(phrase)) {
    const name = phrase.slice(m.index, end);
    if (looksLikeSchool(name)) return [{ name, start: offset + m.index }];
  }
  return [];
}

/** True when a table column names schools (学校名称, 中职学校, 试点单位…), not partners abroad or companies. */
export function isSchoolColumn(name: string): boolean {
  return /学校|院校|试点单位|单位名称|牵头单位/.test(name) && !/外方|企业|合作单位|数|率|（|\(/.test(name);
}
