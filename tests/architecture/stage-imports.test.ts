/**
 * The stage graph, checked on the code: data flow one way, so a module may import only its own stage,
 * `src/lib` (domain-free helpers), `src/model` (schemas, the URL scheme) and earlier stages. A stage that
 * reaches forward (parse importing render, pipeline importing site…) fails here, naming the import.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(import.meta.url), "../../..");

/** Stages in data-flow order; each may import those before it. `lib` and `model` import nothing later. */
const ORDER = ["lib", "model", "ingest", "parse", "extract", "link", "pipeline", "render", "site", "cli"] as const;
type Stage = (typeof ORDER)[number];

/** What each stage may import besides itself; `model` is kept free of everything but itself. */
function allowed(stage: Stage): ReadonlySet<Stage> {
  if (stage === "lib") return new Set(["lib"]);
  if (stage === "model") return new Set(["model"]);
  return new Set(ORDER.slice(0, ORDER.indexOf(stage) + 1));
}

/** Templates are presentation: they may ask site view models, render helpers, the model and lib. */
const TEMPLATE_ALLOWED: ReadonlySet<Stage> = new Set(["lib", "model", "render", "site"]);

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(path);
    return e.name.endsWith(".ts") ? [path] : [];
  });
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["'](\.{1,2}\/[^"']+)["']|import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/** The relative module specifiers of a file (static imports, re-exports, dynamic imports). */
function specifiers(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? "");
}

/** The stage of a path under src/ (its first folder), or null for a path outside src/. */
function stageOf(path: string): Stage | null {
  const rel = relative(join(root, "src"), path);
  if (rel.startsWith("..")) return null;
  const first = rel.split(sep)[0] ?? "";
  return (ORDER as readonly string[]).includes(first) ? (first as Stage) : null;
}

test("every folder of src/ is a known stage", () => {
  const folders = readdirSync(join(root, "src"), { withFileTypes: true }).filter((e) => e.isDirectory());
  const unknown = folders.map((e) => e.name).filter((n) => !(ORDER as readonly string[]).includes(n));
  assert.deepEqual(unknown, [], "add a new stage to ORDER (and to README's stage diagram)");
});

test("src/: every import goes to the same stage, lib, model or an earlier stage", () => {
  const wrong: string[] = [];
  for (const file of tsFiles(join(root, "src"))) {
    const from = stageOf(file);
    if (!from) continue;
    for (const spec of specifiers(readFileSync(file, "utf8"))) {
      const to = stageOf(resolve(dirname(file), spec));
      if (to && !allowed(from).has(to)) wrong.push(`${relative(root, file)} imports ${spec} (${from} → ${to})`);
    }
  }
  assert.deepEqual(wrong, []);
});

test("templates/: imports only site, render, model and lib", () => {
  const wrong: string[] = [];
  for (const file of tsFiles(join(root, "templates"))) {
    for (const spec of specifiers(readFileSync(file, "utf8"))) {
      const target = resolve(dirname(file), spec);
      const to = stageOf(target);
      if (to && !TEMPLATE_ALLOWED.has(to)) wrong.push(`${relative(root, file)} imports ${spec} (${to})`);
    }
  }
  assert.deepEqual(wrong, []);
});

test("the check sees imports: a forward import in a sample is caught", () => {
  const sample =
    'import { a } from "../site/x.ts";\nexport { b } from "./y.ts";\nconst c = await import("../render/z.ts");';
  assert.deepEqual(specifiers(sample), ["../site/x.ts", "./y.ts", "../render/z.ts"]);
  const parseFile = join(root, "src", "parse", "blocks", "x.ts");
  assert.equal(allowed("parse").has(stageOf(resolve(dirname(parseFile), "../../site/x.ts")) ?? "lib"), false);
});
