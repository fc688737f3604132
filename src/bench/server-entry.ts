// Child-process entry wrapping src/main.ts: exits on SIGTERM through process.exit, so a
// `node --cpu-prof` run of the server writes its profile when the bench stops it.
process.on("SIGTERM", () => process.exit(0));
await import("../main");

export {};
