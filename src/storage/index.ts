// Storage: the only code that touches Drizzle / better-sqlite3. Plain async functions per concept,
// so a PostgreSQL port changes this folder and nothing that calls it.
export * from "./articles";
export * from "./attempts";
export * from "./db";
export * from "./mistakes";
export * from "./questions";
export * from "./sessions";
export * from "./setup-tokens";
export * from "./users";
