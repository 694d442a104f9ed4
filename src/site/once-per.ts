/**
 * `make`, run at most once per key object and remembered while the key lives:
 * what every page of a build reads from the same site (its graph file, its map
 * data, its lookups) is computed once, not once per page.
 */
export function oncePer<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    if (made.has(key)) return made.get(key)!;
    const value = make(key);
    made.set(key, value);
    return value;
  };
}
