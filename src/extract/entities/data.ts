/** The curated entity data (data/schools.yaml, data/indicators.yaml, word lists), read and validated once. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { parse as parseYaml } from "yaml";

import { Gazetteer, IndicatorVocabulary } from "../../model/index.ts";
import { ProseWords, SchoolWords } from "../../model/word-lists.ts";

const cache = new Map<string, unknown>();

function load<T>(file: string, parse: (value: unknown) => T): T {
  if (!cache.has(file)) {
    const path = fileURLToPath(new URL(`../../../data/${file}`, import.meta.url));
    cache.set(file, parse(parseYaml(readFileSync(path, "utf8"))));
  }
  return cache.get(file) as T;
}

/** The school gazetteer of data/schools.yaml. */
export function gazetteer(): Gazetteer {
  return load("schools.yaml", (v) => Gazetteer.parse(v));
}

/** The indicator vocabulary of data/indicators.yaml. */
export function vocabulary(): IndicatorVocabulary {
  return load("indicators.yaml", (v) => IndicatorVocabulary.parse(v));
}

/** The school words of data/school-words.yaml. */
export function schoolWords(): SchoolWords {
  return load("school-words.yaml", (v) => SchoolWords.parse(v));
}

/** The prose words of data/prose-words.yaml. */
export function proseWords(): ProseWords {
  return load("prose-words.yaml", (v) => ProseWords.parse(v));
}
