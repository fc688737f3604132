import { describe, expect, it } from "vitest";
import { areaOf, type CpuProfile, summariseProfile } from "../../src/bench/profile";

const frame = (functionName: string, url: string, lineNumber = 0) => ({
  functionName,
  url,
  lineNumber,
  columnNumber: 0,
});

// root -> handler (src) -> helper (src) -> prepare (node_modules); plus idle.
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame("(root)", ""), children: [2, 5] },
    { id: 2, callFrame: frame("handler", "file:///p/src/web/a.ts", 9), children: [3] },
    { id: 3, callFrame: frame("helper", "file:///p/src/service/b.ts", 4), children: [4] },
    { id: 4, callFrame: frame("prepare", "file:///p/node_modules/x/y.js", 1) },
    { id: 5, callFrame: frame("(idle)", "") },
  ],
  samples: [4, 4, 3, 2, 5, 5],
  timeDeltas: [1000, 1000, 1000, 1000, 5000, 5000],
};

describe("summariseProfile", () => {
  const summary = summariseProfile(profile, 10, "/p");

  it("leaves idle time out of the busy time", () => {
    expect(summary.busyMs).toBe(4);
  });

  it("ranks self time over all code", () => {
    expect(summary.self.map((f) => [f.name, f.location, f.ms])).toEqual([
      ["prepare", "node_modules/x/y.js:2", 2],
      ["helper", "src/service/b.ts:5", 1],
      ["handler", "src/web/a.ts:10", 1],
    ]);
  });

  it("ranks our own functions by inclusive time", () => {
    expect(summary.ownInclusive.map((f) => [f.name, f.ms, f.share])).toEqual([
      ["handler", 4, 1],
      ["helper", 3, 0.75],
    ]);
  });
});

describe("areaOf", () => {
  it.each([
    [{ name: "is", file: "node_modules/drizzle-orm/entity.js" }, "drizzle-orm"],
    [{ name: "x", file: "node_modules/hono/dist/jsx/base.js" }, "hono/jsx"],
    [{ name: "x", file: "node_modules/hono/dist/context.js" }, "hono"],
    [{ name: "x", file: "node_modules/@hono/node-server/dist/index.mjs" }, "@hono/node-server"],
    [{ name: "findAttempt", file: "src/storage/attempts.ts" }, "src/storage"],
    [{ name: "main", file: "src/main.ts" }, "src"],
    [{ name: "x", file: "questions/countries.ts" }, "questions"],
    [{ name: "x", file: "node:internal/url" }, "node internals"],
    [{ name: "(garbage collector)", file: "" }, "(garbage collector)"],
    [{ name: "writev", file: "" }, "native (syscalls, sqlite, crypto)"],
  ])("%j is %s", (frame, area) => {
    expect(areaOf(frame)).toBe(area);
  });

  it("sums self time by area in the summary", () => {
    const summary = summariseProfile(profile, 10, "/p");
    expect(summary.byArea.map((a) => [a.name, a.ms])).toEqual([
      ["x", 2],
      ["src/service", 1],
      ["src/web", 1],
    ]);
  });
});
