import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { changedPath, expectGolden } from "./golden.ts";

describe("expectGolden", () => {
  const dir = mkdtempSync(join(tmpdir(), "golden-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const silent = { notice: () => {} };

  test("passes when the JSON matches, and removes a stale -changed file", () => {
    const path = join(dir, "match.json");
    writeFileSync(path, '{\n  "a": [\n    1\n  ]\n}\n');
    writeFileSync(changedPath(path), "stale");
    expectGolden({ a: [1] }, path, silent);
    assert.equal(existsSync(changedPath(path)), false);
  });

  test("fails on a mismatch and writes <name>-changed.<ext> beside the file", () => {
    const path = join(dir, "differs.json");
    writeFileSync(path, '{\n  "a": 1\n}\n');
    assert.throws(() => expectGolden({ a: 2 }, path, silent), /differs\.json differs/);
    assert.equal(readFileSync(join(dir, "differs-changed.json"), "utf8"), '{\n  "a": 2\n}\n');
    assert.equal(readFileSync(path, "utf8"), '{\n  "a": 1\n}\n', "the expected file is never overwritten");
  });

  test("compares text files as text", () => {
    const path = join(dir, "messages.txt");
    writeFileSync(path, "a.txt\n  1:1  error  x  file-empty\n");
    expectGolden("a.txt\n  1:1  error  x  file-empty\n", path, silent);
    assert.throws(() => expectGolden("other\n", path, silent));
    assert.equal(readFileSync(join(dir, "messages-changed.txt"), "utf8"), "other\n");
  });

  test("writes a missing golden and passes with a notice outside CI", () => {
    const path = join(dir, "new", "expected.json");
    const notices: string[] = [];
    expectGolden([1, 2], path, { ci: false, notice: (m) => notices.push(m) });
    assert.equal(readFileSync(path, "utf8"), "[\n  1,\n  2\n]\n");
    assert.equal(notices.length, 1);
    assert.match(notices[0] ?? "", /was missing/);
  });

  test("writes a missing golden but fails under CI", () => {
    const path = join(dir, "ci", "expected.json");
    assert.throws(() => expectGolden({}, path, { ci: true, notice: () => {} }), /was missing/);
    assert.equal(existsSync(path), true);
  });
});
