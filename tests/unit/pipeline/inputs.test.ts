// The content folder as users keep it: sub-folders by year, editor leftovers, and links.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";

import { formatDiagnostics, messages } from "../../../src/model/index.ts";
import { readInputs } from "../../../src/pipeline/inputs.ts";
import { buildRecords } from "../../../src/pipeline/records.ts";

const root = mkdtempSync(join(tmpdir(), "inputs-"));
after(() => rmSync(root, { recursive: true, force: true }));

/** A content folder with the given files (path → text) under a fresh directory. */
function folder(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("readInputs", () => {
  test("reads sub-folders, names files by their relative path, in code-point order", async () => {
    const dir = folder("nested", { "b.txt": "b", "2024/x.txt": "x", "2023/y.txt": "y", "a.txt": "a", "Z.txt": "z" });
    const files = (await readInputs(dir)).map((i) => i.file);
    assert.deepEqual(files, ["2023/y.txt", "2024/x.txt", "Z.txt", "a.txt", "b.txt"]);
  });

  test("a sidecar is read from beside its text, also in a sub-folder", async () => {
    const dir = folder("sidecars", { "2024/x.txt": "x", "2024/x.meta.yaml": "id: x-2024\n", "x.txt": "top" });
    const inputs = await readInputs(dir);
    assert.equal(inputs.find((i) => i.file === "2024/x.txt")?.sidecar, "id: x-2024\n");
    assert.equal(inputs.find((i) => i.file === "x.txt")?.sidecar, null);
  });

  test("hidden files and editor/office temporary files are skipped silently", async () => {
    const dir = folder("temp", {
      "report.txt": "r",
      ".~lock.report.txt#": "lock",
      "~$report.txt": "word temp",
      ".DS_Store": "mac",
      ".report.txt.swp": "vim",
      "report.txt~": "backup",
      ".hidden/inside.txt": "hidden folder",
      "notes.md": "not a report",
    });
    assert.deepEqual(
      (await readInputs(dir)).map((i) => i.file),
      ["report.txt"],
    );
  });

  test("a link that resolves outside the folder is refused, never read; a link inside is followed", async () => {
    const outside = folder("outside", { "secret.txt": "SECRET", "dir/other.txt": "OTHER" });
    const dir = folder("links", { "real.txt": "real", "sub/kept.txt": "kept" });
    symlinkSync(join(outside, "secret.txt"), join(dir, "passwd.txt"));
    symlinkSync(join(outside, "dir"), join(dir, "elsewhere"));
    symlinkSync(join(dir, "real.txt"), join(dir, "alias.txt"));
    symlinkSync(dir, join(dir, "sub", "loop"));
    const inputs = await readInputs(dir);
    assert.deepEqual(
      inputs.map((i) => [i.file, i.refused?.ruleId ?? null]),
      [
        ["alias.txt", null],
        ["elsewhere", "file-outside-content"],
        ["passwd.txt", "file-outside-content"],
        ["real.txt", null],
        ["sub/kept.txt", null],
      ],
    );
    for (const i of inputs.filter((x) => x.refused)) assert.equal(i.bytes.length, 0, "nothing of the target is read");
  });

  test("a refused link becomes an error naming it, and nothing of the target is published", async () => {
    const outside = folder("outside2", { passwd: "root:x:0:0:root:/root:/bin/bash\n" });
    const dir = folder("links2", {});
    symlinkSync(join(outside, "passwd"), join(dir, "passwd.txt"));
    const records = buildRecords(await readInputs(dir));
    assert.deepEqual(records.reports, []);
    assert.deepEqual(
      records.rejected.map((o) => o.file),
      ["passwd.txt"],
    );
    const d = records.diagnostics[0];
    assert.equal(d?.ruleId, "file-outside-content");
    assert.equal(d?.severity, "error");
    assert.equal(d?.message, messages["file-outside-content"].text());
    assert.match(formatDiagnostics(records.diagnostics), /^passwd\.txt$/m);
    assert.ok(!JSON.stringify(records).includes("root:x"));
  });
});
