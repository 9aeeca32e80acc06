import type { Dirent } from "node:fs";
import { readdir, readFile, realpath } from "node:fs/promises";
import { join, relative, sep } from "node:path";

import { byCodePoint } from "../lib/sort.ts";
import { type Finding, finding } from "../model/index.ts";

/** One report file as found under content/reports/, with its optional sidecar. */
export interface InputFile {
  /** Path relative to the reports folder, with `/` (e.g. "000_xxx.txt", "2024/x.txt"). */
  readonly file: string;
  readonly bytes: Uint8Array;
  /** Text of `<stem>.meta.yaml` beside it, or null. */
  readonly sidecar: string | null;
  /** Why the file was not read (a link out of the folder); its bytes are then empty. */
  readonly refused?: Finding<"file-outside-content">;
}

/** A file (or folder link) found in the walk: where it is, and whether it may be read. */
interface Found {
  readonly rel: string;
  readonly path: string;
  readonly outside: boolean;
}

const SIDECAR = /\.meta\.ya?ml$/i;
const TEXT = /\.txt$/i;

/** Hidden files and folders, and the temporary files editors and office suites leave beside a document. */
function isIgnored(name: string): boolean {
  return name.startsWith(".") || name.startsWith("~$") || name.endsWith("~") || /\.sw[a-p]$/i.test(name);
}

function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** The real path of a link, or null when it is broken (a dangling link is nothing to read). */
async function resolved(path: string): Promise<string | null> {
  try {
    return await realpath(path);
  } catch {
    return null;
  }
}

interface Walk {
  readonly root: string;
  readonly seen: Set<string>;
  readonly found: Found[];
}

/** Lists a folder's relevant entries, following links that stay inside the content folder. */
async function walk(state: Walk, dir: string): Promise<void> {
  // Sorted, so that which of two routes to the same folder is taken does not depend on the file system.
  const entries: Dirent[] = (await readdir(dir, { withFileTypes: true })).sort((a, b) => byCodePoint(a.name, b.name));
  for (const entry of entries) {
    if (isIgnored(entry.name)) continue;
    const path = join(dir, entry.name);
    const rel = relative(state.root, path).split(sep).join("/");
    const real = entry.isSymbolicLink() ? await resolved(path) : path;
    if (real === null) continue;
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await isDirectory(real)));
    const relevant = isDir || TEXT.test(entry.name) || SIDECAR.test(entry.name);
    if (!relevant) continue;
    if (!isInside(state.root, real)) {
      state.found.push({ rel, path, outside: true });
    } else if (isDir) {
      // A link back up the tree would loop forever: each real folder is read once.
      if (state.seen.has(real)) continue;
      state.seen.add(real);
      await walk(state, path);
    } else {
      state.found.push({ rel, path, outside: false });
    }
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    await readdir(path);
    return true;
  } catch {
    return false;
  }
}

/** The sidecar of a text file: `<stem>.meta.yaml` (or `.yml`) in the same folder. */
function sidecarOf(rel: string, sidecars: ReadonlyMap<string, Found>): Found | undefined {
  const stem = rel.replace(TEXT, "");
  return sidecars.get(`${stem}.meta.yaml`) ?? sidecars.get(`${stem}.meta.yml`);
}

function refusal(rel: string): InputFile {
  return { file: rel, bytes: new Uint8Array(), sidecar: null, refused: finding("file-outside-content", undefined, 0) };
}

/**
 * Reads every `*.txt` under `dir`, sub-folders included, with its sidecar, in code-point order of the
 * relative path (the same on every machine). Hidden and editor temporary files are skipped. A link that
 * resolves outside `dir` is never read: it is returned as refused, so the build names it in an error.
 */
export async function readInputs(dir: string): Promise<InputFile[]> {
  const root = await realpath(dir);
  const state: Walk = { root, seen: new Set([root]), found: [] };
  await walk(state, root);
  const sidecars = new Map(state.found.filter((f) => SIDECAR.test(f.rel)).map((f) => [f.rel, f]));
  const inputs: InputFile[] = [];
  for (const f of state.found.sort((a, b) => byCodePoint(a.rel, b.rel))) {
    if (f.outside) {
      inputs.push(refusal(f.rel));
      continue;
    }
    if (!TEXT.test(f.rel)) continue;
    const sidecar = sidecarOf(f.rel, sidecars);
    inputs.push({
      file: f.rel,
      bytes: new Uint8Array(await readFile(f.path)),
      sidecar: sidecar && !sidecar.outside ? await readFile(sidecar.path, "utf8") : null,
    });
  }
  return inputs;
}
