/** The Atom 1.0 feed (`/feed.xml`): one entry per added report and per correction, newest first. */
import { escapeHtml } from "../../lib/html.ts";
import { byCodePoint } from "../../lib/sort.ts";
import type { Releases, ReleaseVersion } from "../../model/releases.ts";
import type { SiteConfig } from "../../model/site-config.ts";
import { urls } from "../../model/urls.ts";
import { absoluteUrl } from "../config.ts";
import { describeChanges, updateText, versionChanges } from "./changes.ts";

/** One entry: a report's first version (added) or a later one (updated). */
export interface FeedEntry {
  readonly reportId: string;
  readonly kind: "added" | "updated";
  /** 0 for the first version. */
  readonly index: number;
  readonly version: ReleaseVersion;
  /** What the entry says, in Chinese. */
  readonly summary: string;
}

function summaryOf(version: ReleaseVersion, previous: ReleaseVersion | undefined): string {
  if (!previous) {
    const { tables, cases, figures } = version;
    return `新增报告，含表 ${tables.length} 个、案例 ${cases.length} 个、图 ${figures.length} 个`;
  }
  return updateText(version.date, describeChanges(versionChanges(previous, version)));
}

/** Every version of every report as an entry, newest first (then later versions first, then by report id). */
export function feedEntries(ledger: Releases): FeedEntry[] {
  const entries = Object.entries(ledger.reports).flatMap(([reportId, { versions }]) =>
    versions.map((version, index) => ({
      reportId,
      kind: index === 0 ? ("added" as const) : ("updated" as const),
      index,
      version,
      summary: summaryOf(version, versions[index - 1]),
    })),
  );
  return entries.sort(
    (a, b) => byCodePoint(b.version.date, a.version.date) || b.index - a.index || byCodePoint(a.reportId, b.reportId),
  );
}

// XML 1.0 forbids these code points (and lone surrogates) even as references; one of them would make a reader reject the feed.
const isXmlChar = (cp: number) =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp !== 0xfffe && cp !== 0xffff && (cp < 0xd800 || cp > 0xdfff));

/** Text for XML content and attribute values: escaped, characters XML cannot hold removed. */
function xml(text: string): string {
  return escapeHtml([...text].filter((c) => isXmlChar(c.codePointAt(0) ?? 0)).join(""));
}

/** A day of the ledger as an Atom date: its start in China (the ledger's dates are Asia/Shanghai days). */
const atomDate = (date: string) => `${date}T00:00:00+08:00`;

/**
 * The `tag:` URI (RFC 4151) of an entry: stable across builds, unique per report text. Its authority is
 * the site's host; without a site URL it is the reserved `zhijiao-nianbao.invalid`, so publish the feed
 * only once the site URL is set (setting it later changes every entry's id).
 */
export function entryId(config: Pick<SiteConfig, "url">, entry: FeedEntry): string {
  const host = config.url === null ? "zhijiao-nianbao.invalid" : new URL(config.url).hostname;
  return `tag:${host},${entry.version.date}:reports/${entry.reportId}/${entry.version.sha256}`;
}

function entryXml(config: Pick<SiteConfig, "url">, entry: FeedEntry): string {
  const title = `${entry.kind === "added" ? "新增" : "更新"}：${entry.version.title}`;
  return `  <entry>
    <id>${xml(entryId(config, entry))}</id>
    <title>${xml(title)}</title>
    <link rel="alternate" type="text/html" href="${xml(absoluteUrl(config, urls.report(entry.reportId)))}" />
    <updated>${atomDate(entry.version.date)}</updated>
    <summary>${xml(entry.summary)}</summary>
  </entry>
`;
}

/**
 * The feed's XML for a (published) ledger. Links are absolute when the site URL is set, else site
 * paths (valid in Atom: a reader resolves them against the feed's own address). Its `updated` is the
 * newest entry's date, so the same ledger always gives the same bytes.
 */
export function atomFeed(ledger: Releases, config: Pick<SiteConfig, "name" | "url">): string {
  const entries = feedEntries(ledger);
  const newest = entries[0];
  const self = absoluteUrl(config, urls.feed());
  const id = config.url === null ? `tag:zhijiao-nianbao.invalid,2026:feed` : self;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${xml(id)}</id>
  <title>${xml(`${config.name} · 报告新增与更新`)}</title>
  <link rel="self" type="application/atom+xml" href="${xml(self)}" />
  <link rel="alternate" type="text/html" href="${xml(absoluteUrl(config, urls.home()))}" />
  <updated>${newest ? atomDate(newest.version.date) : "1970-01-01T00:00:00Z"}</updated>
  <author><name>${xml(config.name)}</name></author>
${entries.map((e) => entryXml(config, e)).join("")}</feed>
`;
}
