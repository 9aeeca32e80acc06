import assert from "node:assert/strict";
import { test } from "node:test";

import { atomFeed, entryId, feedEntries } from "../../../../src/site/history/feed.ts";
import { SHA_A, SHA_B, versionOf } from "./helpers.ts";
import { xmlProblems } from "./xml.ts";

const ledger = {
  reports: {
    a: { versions: [versionOf("a", SHA_A, "2026-01-01", [["1-1", "表"]], [["2-1", "案"]])] },
    b: {
      versions: [
        versionOf("b", SHA_A, "2026-01-01", [["3-2", "名单"]]),
        versionOf("b", SHA_B, "2026-12-03", [], [["6-6", "新案例"]]),
      ],
    },
  },
};
const site = { name: "职业教育质量年度报告", url: "https://example.org" };

test("one entry per addition and per correction, newest first, each saying what it is", () => {
  const entries = feedEntries(ledger);
  assert.deepEqual(
    entries.map((e) => [e.reportId, e.kind, e.version.date]),
    [
      ["b", "updated", "2026-12-03"],
      ["a", "added", "2026-01-01"],
      ["b", "added", "2026-01-01"],
    ],
  );
  assert.equal(entries[0]?.summary, "更新于 2026-12-03：新增案例6-6；删除表3-2");
  assert.equal(entries[1]?.summary, "新增报告，含表 1 个、案例 1 个、图 0 个");
});

test("the feed is well-formed Atom with absolute links, stable tag: ids and the newest date as updated", () => {
  const xml = atomFeed(ledger, site);
  assert.deepEqual(xmlProblems(xml), []);
  assert.match(xml, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
  assert.match(xml, /<link rel="self" type="application\/atom\+xml" href="https:\/\/example.org\/feed.xml" \/>/);
  assert.match(xml, /<id>https:\/\/example.org\/feed.xml<\/id>/);
  assert.match(xml, /<feed[^>]*>\n(?:.*\n)*? {2}<updated>2026-12-03T00:00:00\+08:00<\/updated>/);
  assert.match(xml, /<link rel="alternate" type="text\/html" href="https:\/\/example.org\/reports\/b\/" \/>/);
  assert.equal((xml.match(/<entry>/g) ?? []).length, 3);
  assert.match(xml, new RegExp(`<id>tag:example.org,2026-12-03:reports/b/${SHA_B}</id>`));
  assert.equal(atomFeed(ledger, site), xml, "the same ledger gives the same bytes");
});

test("without a site URL: site paths and a reserved tag authority; titles are escaped, XML-illegal characters dropped", () => {
  const hostile = {
    reports: { a: { versions: [{ ...versionOf("a", SHA_A, "2026-01-01", []), title: "A&B <报告>\u0001" }] } },
  };
  const xml = atomFeed(hostile, { name: "站", url: null });
  assert.deepEqual(xmlProblems(xml), []);
  assert.match(xml, /<title>新增：A&amp;B &lt;报告&gt;<\/title>/);
  assert.match(xml, /href="\/reports\/a\/"/);
  const [entry] = feedEntries(hostile);
  assert.ok(entry);
  assert.equal(entryId({ url: null }, entry), `tag:zhijiao-nianbao.invalid,2026-01-01:reports/a/${SHA_A}`);
});

test("an empty ledger is still a valid feed", () => {
  const xml = atomFeed({ reports: {} }, site);
  assert.deepEqual(xmlProblems(xml), []);
  assert.match(xml, /<updated>1970-01-01T00:00:00Z<\/updated>/);
  assert.doesNotMatch(xml, /<entry>/);
});

test("the well-formedness check itself catches broken XML", () => {
  assert.notDeepEqual(xmlProblems("<a><b></a>"), []);
  assert.notDeepEqual(xmlProblems("<a>x & y</a>"), []);
  assert.notDeepEqual(xmlProblems("<a>"), []);
});
