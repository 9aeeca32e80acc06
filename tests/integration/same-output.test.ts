// The build is the same everywhere: two builds under different time zones and locales give
// byte-identical trees (pages, data, search index). Each build runs in a child process, as a user runs it.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "same-output-"));
after(() => rmSync(work, { recursive: true, force: true }));

/** Every file under `dir` (relative path → SHA-256 of its bytes), in a fixed order. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else out.set(relative(dir, path), createHash("sha256").update(readFileSync(path)).digest("hex"));
    }
  };
  walk(dir);
  return out;
}

async function buildWith(name: string, env: Record<string, string>): Promise<string> {
  const out = join(work, name);
  const { LC_ALL: _lcAll, LANG: _lang, TZ: _tz, ...rest } = process.env;
  await run("npx", ["tsx", "scripts/build.ts", "--out", out], {
    cwd: root,
    env: { ...rest, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return out;
}

test("TZ=Asia/Shanghai LANG=zh_CN.UTF-8 and TZ=UTC LANG=C build byte-identical sites", async () => {
  const [a, b] = await Promise.all([
    buildWith("shanghai", { TZ: "Asia/Shanghai", LANG: "zh_CN.UTF-8" }),
    buildWith("utc", { TZ: "UTC", LANG: "C" }),
  ]);
  const [ta, tb] = [tree(a), tree(b)];
  assert.ok(ta.size > 100, "the build wrote the site");
  assert.ok(
    [...ta.keys()].some((f) => f.startsWith("pagefind")),
    "the search index is part of the comparison",
  );
  assert.deepEqual([...ta.keys()], [...tb.keys()], "the same files");
  const differ = [...ta].filter(([f, h]) => tb.get(f) !== h).map(([f]) => f);
  assert.deepEqual(differ, [], "the same bytes");
});
