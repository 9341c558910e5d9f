// Dotted front-matter key paths (`sidebar.label`) as config and rule options name them.

/**
 * Whether the entry key `key` (dotted for nested keys, e.g. `sidebar.label`) is named by one
 * of `paths`: the key itself or a map above it (`sidebar` covers `sidebar.order`). A
 * top-level key that contains dots (`ms.date`) is matched by its own name, as written.
 */
export function keyIsListed(key: string, paths: Iterable<string>): boolean {
  for (const p of paths) if (key === p || (key.length > p.length && key.startsWith(p) && key[p.length] === '.')) return true;
  return false;
}
