import { describe, expect, it } from "vitest";
import type { BenchReport } from "../../src/bench/figures";
import type { RouteFigures } from "../../src/bench/load";
import { formatJson, formatTable, renderColumns } from "../../src/bench/report";
import { checkTargets } from "../../src/bench/targets";

const route = (rps: number, p99Ms: number): RouteFigures => ({
  rps,
  p50Ms: 1,
  p99Ms,
  p99MsSteady: p99Ms / 2,
  requests: rps * 5,
  non2xx: 0,
  errors: 0,
  statusCodes: { "200": rps * 5 },
  serverCpuMsPerRequest: 1000 / rps,
  serverCores: 1,
});

const sample = (): BenchReport => ({
  date: "2026-11-28T15:00:00.000Z",
  machine: { node: "v20", cpus: 2, cpuModel: "cpu", quick: false, loadAverage: [0.5, 3.2] },
  generator: {
    articles: 510,
    articlesPerSec: 120,
    msP50: 6,
    msP95: 18,
    msMax: 40,
    barePassArticlesPerSec: 400,
    barePassMsP50: 2,
    ratioToBarePass: 0.3,
    ratioToBarePassP50: 0.33,
    peakRssMb: 110,
    questionsPerArticle: 6,
  },
  server: {
    helloRps: 1000,
    quizPageRps: 600,
    quizPageRatio: 0.6,
    startAttemptRps: 300,
    startAttemptRatio: 0.3,
    submitRps: 200,
    submitRatio: 0.2,
    quizPageCpuRatio: 0.6,
    startAttemptCpuRatio: 0.3,
    submitCpuRatio: 0.2,
    p99Ms: 80,
    connections: 50,
    durationSec: 5,
    submitDistinctShare: 1,
    routes: {
      hello: route(1000, 5),
      quizPage: route(600, 20),
      startAttempt: route(300, 40),
      submit: route(200, 80),
      submitAlone: route(100, 30),
    },
  },
  ingest: {
    articles: 1000,
    seconds: 20,
    articlesPerSec: 50,
    msP50: 70,
    msP95: 90,
    dbBytesPer1000: 6_000_000,
    dbBytesBefore: 100,
    dbBytesAfter: 6_000_100,
    questionsStored: 6000,
  },
  page: {
    quizBytes: 40_000,
    quizBytesGzip: 9_000,
    quizBytesServed: 40_000,
    serverCompresses: false,
    resources: [
      {
        kind: "html",
        path: "/attempts/x",
        bytes: 10_000,
        bytesGzip: 2_000,
        servedEncoding: "",
        servedBytes: 10_000,
      },
    ],
  },
  targets: [],
  failures: [],
});

describe("checkTargets", () => {
  it("marks each target of issue 5 as met or missed", () => {
    const verdicts = Object.fromEntries(checkTargets(sample()).map((t) => [t.key, t.pass]));
    expect(verdicts).toEqual({
      "generator.articlesPerSec": true,
      "generator.ratioToBarePass": true,
      "server.quizPageRatio": true,
      "server.submitRatio": false,
      "server.routes.submit.p99Ms": false,
      "page.quizBytesGzip": true,
    });
  });

  it.each([
    ["generator", "generator.articlesPerSec"],
    ["server", "server.submitRatio"],
    ["page", "page.quizBytesGzip"],
  ] as const)("says n/a (null) when the %s part did not run", (part, key) => {
    const report = sample();
    delete report[part];
    const result = checkTargets(report).find((t) => t.key === key);
    expect(result).toMatchObject({ value: null, pass: null });
  });

  it("does not pass a NaN figure", () => {
    const report = sample();
    if (report.server) report.server.quizPageRatio = Number.NaN;
    expect(checkTargets(report).find((t) => t.key === "server.quizPageRatio")?.pass).toBeNull();
  });
});

describe("formatJson", () => {
  it("keeps the stable keys of issue 5", () => {
    const report = sample();
    report.targets = checkTargets(report);
    const json = JSON.parse(formatJson(report));
    const keys = [
      "generator.articlesPerSec",
      "generator.msP50",
      "generator.msP95",
      "generator.ratioToBarePass",
      "generator.peakRssMb",
      "server.helloRps",
      "server.quizPageRps",
      "server.quizPageRatio",
      "server.startAttemptRps",
      "server.submitRps",
      "server.submitRatio",
      "server.p99Ms",
      "ingest.articlesPerSec",
      "ingest.dbBytesPer1000",
      "page.quizBytesGzip",
    ];
    for (const key of keys) {
      const [part, name] = key.split(".") as [string, string];
      expect(typeof json[part][name], key).toBe("number");
    }
  });
});

describe("formatTable", () => {
  it("puts each figure beside its target and names the missed ones", () => {
    const report = sample();
    report.targets = checkTargets(report);
    const table = formatTable(report);
    expect(table).toMatch(/server\.submitRatio\s+0\.200\s+>= 0\.25 MISS/);
    expect(table).toMatch(/generator\.articlesPerSec\s+120\.0\s+>= 50 PASS/);
    expect(table).toContain("targets missed: server.submitRatio, server.routes.submit.p99Ms");
    expect(table).toContain("load average 0.5 → 3.2 on 2 cores (busy machine: figures are noisy)");
  });

  it("lists failed parts instead of figures", () => {
    const report = sample();
    delete report.server;
    report.failures = [{ part: "server", error: "boom" }];
    report.targets = checkTargets(report);
    const table = formatTable(report);
    expect(table).toContain("FAILED server: boom");
    expect(table).not.toContain("server.helloRps");
  });
});

describe("renderColumns", () => {
  it("left-aligns the first column and right-aligns the rest", () => {
    expect(
      renderColumns(
        ["a", "b"],
        [
          ["long", "1"],
          ["x", "22"],
        ],
      ),
    ).toBe(["a      b", "----  --", "long   1", "x     22"].join("\n"));
  });
});

describe("route table", () => {
  it("has a value under every column header", () => {
    const report = sample();
    report.targets = checkTargets(report);
    const lines = formatTable(report).split("\n");
    const header = lines.findIndex((line) => line.startsWith("route "));
    const columns = (line: string) => line.trim().split(/\s{2,}/).length;
    expect(columns(lines[header + 2] ?? "")).toBe(columns(lines[header] ?? ""));
  });
});
