// push(...items) passes every item as an argument: a hostile file can yield more findings, imports
// or suppressions than a call has room for ("Maximum call stack size exceeded"). Appending in a loop
// has no such limit.

/** Appends every item of `items` to `target`. */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

/**
 * Items grouped by key, each group in the items' order. (Copying a group to add each item,
 * `set(k, [...(get(k) ?? []), item])`, made 150,000 findings of one rule take minutes to render.)
 */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
