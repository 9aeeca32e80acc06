import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/** One report file as found in content/reports/, with its optional sidecar. */
export interface InputFile {
  /** File name relative to the reports folder, e.g. "000_xxx.txt". */
  readonly file: string;
  readonly bytes: Uint8Array;
  /** Text of `<stem>.meta.yaml` beside it, or null. */
  readonly sidecar: string | null;
}

/** Reads every `*.txt` in `dir` (sorted by name, so order is deterministic) with its sidecar. */
export async function readInputs(dir: string): Promise<InputFile[]> {
  const names = (await readdir(dir)).sort();
  const inputs: InputFile[] = [];
  for (const file of names.filter((n) => n.toLowerCase().endsWith(".txt"))) {
    const stem = file.replace(/\.txt$/i, "");
    const sidecarName = names.find((n) => n === `${stem}.meta.yaml` || n === `${stem}.meta.yml`);
    inputs.push({
      file,
      bytes: new Uint8Array(await readFile(join(dir, file))),
      sidecar: sidecarName ? await readFile(join(dir, sidecarName), "utf8") : null,
    });
  }
  return inputs;
}
