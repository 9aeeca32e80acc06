import { type Diagnostic, finding, type Report, toDiagnostic } from "../model/index.ts";
import { urls } from "../model/urls.ts";

/** The same report under another id: its own URL and its tables' and cases' URLs are built anew from the ids. */
export function withId(report: Report, id: string): Report {
  return {
    ...report,
    id,
    url: urls.report(id),
    tables: report.tables.map((t) => ({ ...t, url: urls.table(id, t.id) })),
    cases: report.cases.map((c) => ({ ...c, url: urls.case(id, c.id) })),
  };
}

/**
 * Two reports must never share an id (one would overwrite the other's
 * pages). Every report of a colliding group is published under its id plus
 * the first 8 hex digits of its SHA-256, and each gets an error naming the
 * other file, so the user can pin ids in a sidecar.
 */
export function resolveIdCollisions(reports: readonly Report[]): Report[] {
  const groups = new Map<string, Report[]>();
  for (const r of reports) groups.set(r.id, [...(groups.get(r.id) ?? []), r]);
  const taken = new Set(reports.map((r) => r.id));
  return reports.map((r) => {
    const group = groups.get(r.id) ?? [];
    if (group.length < 2) return r;
    // Byte-identical copies share a hash too: they are told apart by a counter in file order.
    let newId = `${r.id}-${r.source.sha256.slice(0, 8)}`;
    for (let n = 2; taken.has(newId); n++) newId = `${r.id}-${r.source.sha256.slice(0, 8)}-${n}`;
    taken.add(newId);
    const others = group.filter((o) => o !== r).map((o) => o.source.file);
    const diag: Diagnostic = toDiagnostic(
      r.source.file,
      finding("duplicate-report-id", { id: r.id, other: others.join(", "), newId }, 1),
    );
    return { ...withId(r, newId), diagnostics: [diag, ...r.diagnostics] };
  });
}
