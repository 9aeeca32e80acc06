// A report replaced by a corrected text, through the whole history cycle on the real pipeline: a ledger
// from the first texts, a correction that removes a table and adds a case (derived here from a bundled
// text, never committed as a copy), the ledger, notice, feed and removed-table page that follow, and a
// rebuild from the same inputs that changes nothing.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";

import { readInputs } from "../../src/pipeline/inputs.ts";
import { buildRecords, type Records } from "../../src/pipeline/records.ts";
import { buildSite } from "../../src/site/build.ts";
import { checkLinks } from "../../src/site/check-links.ts";
import { historyFiles } from "../../src/site/history/index.ts";
import { ledgerPath, parseLedger } from "../../src/site/history/ledger.ts";
import { readPublishedReleases } from "../../src/site/history/published.ts";
import { recordReleases } from "../../src/site/history/record.ts";
import { writeFiles } from "../../src/site/output.ts";
import { updateNotice } from "../../src/site/views/update-notice.ts";

const bundled = fileURLToPath(new URL("../../content/reports/", import.meta.url));
const CORRECTED = "003_afe0fce556f47a39.txt"; // numbered tables (表 3-2) and cases (案例 6-5)
const UNTOUCHED = "002_c07cee56016c1eeb.txt";
const ID = "beijing-gaozhi-2020";
const FIRST_DAY = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 0, 1) / 1000) }; // 2026-01-01
const CORRECTION_DAY = { SOURCE_DATE_EPOCH: "1796256000" }; // 2026-12-03 in Asia/Shanghai
const site = { name: "职业教育质量年度报告", url: "https://example.org" };

let tmp: string;
let content: string;
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), "corrections-"));
  content = join(tmp, "reports");
  await mkdir(content);
  await copyFile(join(bundled, CORRECTED), join(content, CORRECTED));
  await copyFile(join(bundled, UNTOUCHED), join(content, UNTOUCHED));
});
after(() => rm(tmp, { recursive: true, force: true }));

/**
 * The correction: table 3-2 taken out (its table-of-contents line, its caption and body up to the case
 * that follows it) and a case 6-6 added after case 6-5.
 */
function corrected(text: string): string {
  const lines = text.split("\n");
  const toc = lines.findIndex((l) => /^表 3-2\t/.test(l));
  const caption = lines.findIndex((l) => /^表 3-2 北京高职工程师学院/.test(l));
  const next = lines.findIndex((l, i) => i > caption && /^案例 3-9 /.test(l));
  const afterCase = lines.findIndex((l) => /^（四）维护首都安全稳定/.test(l));
  assert.ok(toc > 0 && caption > toc && next > caption && afterCase > next, "the bundled text has the expected shape");
  const added = [
    "案例 6-6 校企共建实训基地，服务首都产业发展",
    "",
    "某学院与企业共建实训基地，年培训企业员工两千余人次。",
    "",
  ];
  return [
    ...lines.slice(0, toc),
    ...lines.slice(toc + 1, caption),
    ...lines.slice(next, afterCase),
    ...added,
    ...lines.slice(afterCase),
  ].join("\n");
}

async function records(): Promise<Records> {
  return buildRecords(await readInputs(content));
}

test("a correction becomes a version; its notice, feed and removed page follow; a rebuild changes nothing", async () => {
  const file = ledgerPath(content);
  assert.equal(file, join(tmp, "releases.json"), "the ledger sits beside the temporary content folder");
  const log: string[] = [];

  const v1 = await records();
  await recordReleases(v1.reports, { file, env: FIRST_DAY, log: (l) => log.push(l) });
  assert.deepEqual(log, [`${file}: 2 reports added — commit it`]);
  const tableUrl = `/reports/${ID}/tables/3-2/`;
  assert.ok(v1.reports.find((r) => r.id === ID)?.tables.some((t) => t.url === tableUrl));

  const path = join(content, CORRECTED);
  await writeFile(path, corrected(await readFile(path, "utf8")));
  const v2 = await records();
  const report = v2.reports.find((r) => r.id === ID);
  assert.ok(report, "the corrected text keeps its id");
  assert.ok(!report.tables.some((t) => t.url === tableUrl), "table 3-2 is gone from the record");
  assert.ok(
    report.cases.some((c) => c.number === "6-6"),
    "case 6-6 is read",
  );

  const ledger = await recordReleases(v2.reports, { file, env: CORRECTION_DAY, log: (l) => log.push(l) });
  assert.equal(log[1], `${file}: 1 report updated — commit it`);
  assert.deepEqual(
    ledger.reports[ID]?.versions.map((v) => v.date),
    ["2026-01-01", "2026-12-03"],
  );
  assert.equal(ledger.reports["chaoyang-zhongzhi-2022"]?.versions.length, 1, "the untouched report has one version");

  assert.deepEqual(updateNotice(ledger, ID), { updatedOn: "2026-12-03", changes: ["新增案例6-6", "删除表3-2"] });

  const out = join(tmp, "dist");
  const files = historyFiles(ledger, v2.reports, site);
  await writeFiles(out, files);
  const built = join(tmp, "site");
  await buildSite(v2, { outDir: built, search: false, releases: ledger });
  const feed = await readFile(join(out, "feed.xml"), "utf8");
  const entries = [...feed.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]);
  assert.equal(entries.length, 3, "two additions and one correction");
  assert.match(entries[0] ?? "", /<title>更新：北京高等职业教育质量年度报告 2020<\/title>/);
  assert.match(entries[0] ?? "", /<summary>更新于 2026-12-03：新增案例6-6；删除表3-2<\/summary>/);
  assert.match(entries[0] ?? "", new RegExp(`href="https://example.org/reports/${ID}/"`));

  // The built site: the removed table's URL keeps a page in the site's shell, the report says 更新于.
  const removed = await readFile(join(built, `reports/${ID}/tables/3-2/index.html`), "utf8");
  assert.match(removed, /在 2026-12-03 的更正中删除了表3-2“北京高职工程师学院和大师工作室（第二批）”/);
  assert.match(removed, new RegExp(`<a href="/reports/${ID}/">查看报告的当前版本</a>`));
  assert.match(removed, /<meta name="robots" content="noindex" \/>/);
  assert.match(removed, /<link rel="stylesheet" href="\/assets\/style.css" \/>/);
  const reportPage = await readFile(join(built, `reports/${ID}/index.html`), "utf8");
  assert.match(reportPage, /更新于 <time datetime="2026-12-03">2026-12-03<\/time>：新增案例6-6；删除表3-2/);
  const firstTable = report.tables[0];
  assert.ok(firstTable);
  const tablePage = await readFile(join(built, firstTable.url, "index.html"), "utf8");
  assert.match(tablePage, /更新于 <time datetime="2026-12-03">/, "the report's other pages say it too");
  assert.deepEqual(await checkLinks(built), []);
  assert.deepEqual(await readPublishedReleases(out), ledger, "the published ledger reads back whole");

  // Same texts, same ledger, another day: nothing is written and every file is the same.
  const ledgerText = await readFile(file, "utf8");
  const again = await recordReleases((await records()).reports, {
    file,
    env: {},
    now: new Date("2027-05-05T00:00:00Z"),
    log: (l) => log.push(l),
  });
  assert.equal(log.length, 2, "no write, no log line");
  assert.equal(await readFile(file, "utf8"), ledgerText);
  assert.deepEqual(historyFiles(again, v2.reports, site), files);
});

test("the committed ledger is in step with the bundled texts: each text's SHA-256 is its report's latest version", async () => {
  const ledgerFile = ledgerPath(bundled);
  const ledger = parseLedger(await readFile(ledgerFile, "utf8"), ledgerFile);
  const latest = new Set(Object.values(ledger.reports).map((r) => r.versions.at(-1)?.sha256));
  const texts = (await readdir(bundled)).filter((f) => f.endsWith(".txt"));
  for (const name of texts) {
    const sha = createHash("sha256")
      .update(await readFile(join(bundled, name)))
      .digest("hex");
    assert.ok(latest.has(sha), `${name} is not in content/releases.json: run npm run build and commit the ledger`);
  }
});
