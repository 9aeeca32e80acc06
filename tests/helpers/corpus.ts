/** Read-only access to the bundled reports (content/reports), for tests that need real text. */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import type { InputFile } from "../../src/pipeline/inputs.ts";

export const corpusDir = fileURLToPath(new URL("../../content/reports/", import.meta.url));

/** The bundled report files, sorted. */
export function corpusFiles(): string[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
}

/** A bundled report as text. */
export function corpusText(file: string): string {
  return readFileSync(`${corpusDir}${file}`, "utf8");
}

/** The smallest bundled report (by bytes): a real, well-formed report that parses quickly. */
export function smallReportFile(): string {
  const sizes = corpusFiles().map((f) => ({ f, n: readFileSync(`${corpusDir}${f}`).length }));
  sizes.sort((a, b) => a.n - b.n || a.f.localeCompare(b.f));
  const first = sizes[0];
  if (!first) throw new Error(`no reports in ${corpusDir}`);
  return first.f;
}

/** The first `count` lines of a text, each with its line end. */
export function firstLines(text: string, count: number): string {
  return text.split("\n").slice(0, count).join("\n") + "\n";
}

/** An in-memory input file, as readInputs() would return it. */
export function inputFile(file: string, content: string | Uint8Array, sidecar: string | null = null): InputFile {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return { file, bytes, sidecar };
}
