// Statements built and prepared once per open store: rebuilding a Drizzle query and having SQLite
// re-prepare it cost ~0.1 ms a call, running a prepared one a few microseconds.
import type { Store } from "./db";

/** A per-store memo: `build` runs on the first call for each store, its result is reused. */
export const perStore = <T>(build: (store: Store) => T): ((store: Store) => T) => {
  const built = new WeakMap<Store, T>();
  return (store) => {
    let statements = built.get(store);
    if (statements === undefined) {
      statements = build(store);
      built.set(store, statements);
    }
    return statements;
  };
};
