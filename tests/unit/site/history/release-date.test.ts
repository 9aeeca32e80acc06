import assert from "node:assert/strict";
import { test } from "node:test";

import { releaseDate } from "../../../../src/site/history/release-date.ts";

test("the date is the day in Asia/Shanghai: 16:00 UTC is already the next day there", () => {
  assert.equal(releaseDate({}, new Date("2026-12-02T15:59:59Z")), "2026-12-02");
  assert.equal(releaseDate({}, new Date("2026-12-02T16:00:00Z")), "2026-12-03");
});

test("SOURCE_DATE_EPOCH (seconds) wins over the clock; blank is unset; a malformed value fails", () => {
  const clock = new Date("2030-01-01T00:00:00Z");
  assert.equal(releaseDate({ SOURCE_DATE_EPOCH: "1796256000" }, clock), "2026-12-03");
  assert.equal(releaseDate({ SOURCE_DATE_EPOCH: " " }, clock), "2030-01-01");
  assert.throws(
    () => releaseDate({ SOURCE_DATE_EPOCH: "2026-12-03" }, clock),
    /SOURCE_DATE_EPOCH must be whole seconds/,
  );
});
