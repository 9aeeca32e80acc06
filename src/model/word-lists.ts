/** Schemas of the word lists in data/ that detectors build their patterns from (data/README.md). */
import { z } from "zod";

/** Chinese words: non-empty, no whitespace (the texts they are matched against have none). */
const Words = z.array(z.string().regex(/^\S+$/, "a word has no whitespace")).min(1);

/** data/school-words.yaml: what tells a school's name from other text. */
export const SchoolWords = z.object({
  endings: Words.describe("school words a school's name ends with: 职业学院, 学校, 中学…"),
  places: Words.describe("province-level names and national prefixes that start a school's name"),
  genericPrefixes: Words.describe("words before a school kind that keep a phrase generic: 公办, 民办, 全市…"),
  genericKinds: Words.describe("kinds of school that, alone after places and a generic prefix, name no school"),
  notInName: Words.describe("words that make a phrase a statement or a programme, not a name"),
  notAtEnd: Words.describe("endings of phrases that are programmes or kinds, not a school: 产业学院…"),
});
export type SchoolWords = z.infer<typeof SchoolWords>;

/** data/prose-words.yaml: words that decide what a number in a sentence says. */
export const ProseWords = z.object({
  notALevel: Words.describe("words between a label and its number that make it a change, share or estimate"),
  scene: Words.describe("words before a label that only set the scene (共有, 目前…), not a part of the whole"),
});
export type ProseWords = z.infer<typeof ProseWords>;
