/**
 * Groups a list by a key, groups in order of first appearance, each keeping the list's order. Pushing
 * into the group (not copying it per item) keeps this linear: a group may hold every report.
 */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
