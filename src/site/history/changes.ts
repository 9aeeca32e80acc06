/** What a correction changed between two versions of a report, and how the site says it in Chinese. */
import type { ReleaseCase, ReleaseFigure, ReleaseTable, ReleaseVersion } from "../../model/releases.ts";

/** The items a version lists; each is identified across versions by its URL (its page or anchor). */
export type ItemKind = "table" | "case" | "figure";

/** One item added, removed or retitled by a correction. */
export interface ItemChange {
  readonly kind: ItemKind;
  readonly action: "added" | "removed" | "retitled";
  /** `表3-2`, `案例2-1`, `图1-1`; an unnumbered case by its title: `案例“…”` (a retitled one by its old title). */
  readonly label: string;
  /** The item's caption or title in the newer version (the older one's when removed). */
  readonly title: string;
  readonly url: string;
}

/** An item of a version with the label the site shows for it. */
export interface VersionItem {
  readonly label: string;
  readonly title: string;
  readonly url: string;
}

const tableItem = (t: ReleaseTable): VersionItem => ({ label: `表${t.number}`, title: t.caption, url: t.url });
const caseItem = (c: ReleaseCase): VersionItem => ({
  label: c.number === null ? `案例“${c.title}”` : `案例${c.number}`,
  title: c.title,
  url: c.url,
});
const figureItem = (f: ReleaseFigure): VersionItem => ({ label: `图${f.number}`, title: f.caption, url: f.url });

/** The items of one kind in a version, in document order, with their labels (`表3-2`). */
export function versionItems(
  version: Pick<ReleaseVersion, "tables" | "cases" | "figures">,
  kind: ItemKind,
): VersionItem[] {
  if (kind === "table") return version.tables.map(tableItem);
  if (kind === "case") return version.cases.map(caseItem);
  return version.figures.map(figureItem);
}

function kindChanges(kind: ItemKind, before: readonly VersionItem[], after: readonly VersionItem[]): ItemChange[] {
  const old = new Map(before.map((i) => [i.url, i]));
  const now = new Set(after.map((i) => i.url));
  const changes: ItemChange[] = [];
  for (const item of after) {
    const was = old.get(item.url);
    if (!was) changes.push({ kind, action: "added", ...item });
    else if (was.title !== item.title) changes.push({ kind, action: "retitled", ...item, label: was.label });
  }
  for (const item of before) if (!now.has(item.url)) changes.push({ kind, action: "removed", ...item });
  return changes;
}

const KINDS: readonly ItemKind[] = ["table", "case", "figure"];

/** The tables, cases and figures `after` added, removed or retitled relative to `before` (by kind, then document order). */
export function versionChanges(before: ReleaseVersion, after: ReleaseVersion): ItemChange[] {
  return KINDS.flatMap((kind) => kindChanges(kind, versionItems(before, kind), versionItems(after, kind)));
}

/**
 * The changes as short Chinese phrases: `新增表3-2、案例6-6`, `删除表3-1`, then one `表1-1标题改为“…”` per
 * retitled item. Empty when the correction touched only the text between them.
 */
export function describeChanges(changes: readonly ItemChange[]): string[] {
  const labels = (action: ItemChange["action"]) => changes.filter((c) => c.action === action).map((c) => c.label);
  const added = labels("added");
  const removed = labels("removed");
  return [
    ...(added.length > 0 ? [`新增${added.join("、")}`] : []),
    ...(removed.length > 0 ? [`删除${removed.join("、")}`] : []),
    ...changes.filter((c) => c.action === "retitled").map((c) => `${c.label}标题改为“${c.title}”`),
  ];
}

/** The changes joined for one line (`新增表3-2；删除案例2-1`), or what to say when none is listed. */
export function changesText(changes: readonly string[]): string {
  return changes.length > 0 ? changes.join("；") : "正文有修订，表、案例和图未变";
}

/** `更新于 2026-12-03：新增表3-2；删除案例2-1`: the notice as plain text (the feed's summary). */
export function updateText(date: string, changes: readonly string[]): string {
  return `更新于 ${date}：${changesText(changes)}`;
}
