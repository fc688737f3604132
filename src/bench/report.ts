// The two outputs of a run: a table for people and one JSON object for tools.
import type { BenchReport, RouteName, TargetResult } from "./figures";
import { round } from "./stats";

export const formatJson = (report: BenchReport): string => `${JSON.stringify(report, null, 2)}\n`;

type Row = [figure: string, value: string, target: string];

export const formatTable = (report: BenchReport): string => {
  const rows: Row[] = [];
  const target = (key: string): string => describeTarget(report.targets.find((t) => t.key === key));
  const g = report.generator;
  if (g) {
    rows.push(
      ["generator.articlesPerSec", num(g.articlesPerSec, 1), target("generator.articlesPerSec")],
      ["generator.msP50", num(g.msP50, 2), ""],
      ["generator.msP95", num(g.msP95, 2), ""],
      ["generator.barePassArticlesPerSec", num(g.barePassArticlesPerSec, 1), ""],
      ["generator.ratioToBarePass", num(g.ratioToBarePass, 3), target("generator.ratioToBarePass")],
      ["generator.ratioToBarePassP50", num(g.ratioToBarePassP50, 3), ""],
      ["generator.peakRssMb", num(g.peakRssMb, 1), ""],
      [
        "generator.winkTaggingArticlesPerSec",
        num(g.winkTaggingArticlesPerSec ?? Number.NaN, 1),
        "context",
      ],
      ["generator.ratioToWinkTagging", num(g.ratioToWinkTagging ?? Number.NaN, 3), "context"],
      ["generator.questionsPerArticle", num(g.questionsPerArticle, 1), ""],
    );
  }
  const s = report.server;
  if (s) {
    rows.push(
      ["server.helloRps", num(s.helloRps, 0), "ceiling"],
      ["server.quizPageRps", num(s.quizPageRps, 0), ""],
      ["server.quizPageRatio", num(s.quizPageRatio, 3), target("server.quizPageRatio")],
      ["server.startAttemptRps", num(s.startAttemptRps, 0), ""],
      ["server.startAttemptRatio", num(s.startAttemptRatio, 3), ""],
      ["server.submitRps", num(s.submitRps, 0), ""],
      ["server.submitRatio", num(s.submitRatio, 3), target("server.submitRatio")],
      ["server.quizPageCpuRatio", num(s.quizPageCpuRatio, 3), ""],
      ["server.submitCpuRatio", num(s.submitCpuRatio, 3), ""],
      [
        "server.routes.submit.p99Ms",
        num(s.routes.submit.p99Ms, 0),
        target("server.routes.submit.p99Ms"),
      ],
      [
        "server.routes.submit.p99MsSteady",
        num(s.routes.submit.p99MsSteady, 0),
        "(first request per connection left out)",
      ],
      ["server.p99Ms (worst route)", num(s.p99Ms, 0), ""],
    );
  }
  const i = report.ingest;
  if (i) {
    rows.push(
      ["ingest.articlesPerSec", num(i.articlesPerSec, 1), ""],
      ["ingest.dbBytesPer1000", bytes(i.dbBytesPer1000), ""],
    );
  }
  const p = report.page;
  if (p) {
    rows.push(
      ["page.quizBytes (raw)", bytes(p.quizBytes), ""],
      ["page.quizBytesGzip", bytes(p.quizBytesGzip), target("page.quizBytesGzip")],
      ["page.serverCompresses", p.serverCompresses ? "yes" : "no", ""],
    );
  }
  const parts = [
    `Newsdrill bench ${report.date} · node ${report.machine.node} · ${report.machine.cpus} × ${report.machine.cpuModel}${report.machine.quick ? " · QUICK" : ""}`,
    `load average ${report.machine.loadAverage.map((l) => l.toFixed(1)).join(" → ")} on ${report.machine.cpus} cores${report.machine.loadAverage.some((l) => l > report.machine.cpus) ? " (busy machine: figures are noisy)" : ""}`,
    "",
    renderColumns(["figure", "value", "target"], rows),
  ];
  if (s) {
    parts.push(
      "",
      `load: ${s.connections} connections (except the 1-connection row), ${s.durationSec} s per route; distinct submissions ${Math.round(s.submitDistinctShare * 100)}%`,
      renderColumns(
        [
          "route",
          "rps",
          "p50 ms",
          "p99 ms",
          "p99 steady",
          "server CPU ms/req",
          "server cores",
          "non-2xx",
          "errors",
        ],
        routeRows(s.routes),
      ),
    );
  }
  if (p) {
    parts.push(
      "",
      renderColumns(
        ["resource", "bytes", "gzip", "served as"],
        p.resources.map((r) => [
          `${r.kind} ${r.path}`,
          bytes(r.bytes),
          bytes(r.bytesGzip),
          `${r.servedEncoding || "identity"} ${bytes(r.servedBytes)}`,
        ]),
      ),
    );
  }
  for (const [child, summary] of Object.entries(report.profiles ?? {})) {
    for (const [label, list] of [
      ["self time by area", summary.byArea],
      ["self time", summary.self],
      ["inclusive time, own code", summary.ownInclusive],
    ] as const) {
      parts.push(
        "",
        `profile ${child}: ${label} (busy ${num(summary.busyMs, 0)} ms)`,
        renderColumns(
          ["function", "location", "ms", "share"],
          list.map((f) => [f.name, f.location, num(f.ms, 0), `${num(f.share * 100, 1)}%`]),
        ),
      );
    }
  }
  for (const failure of report.failures) parts.push("", `FAILED ${failure.part}: ${failure.error}`);
  const missed = report.targets.filter((t) => t.pass === false).map((t) => t.key);
  parts.push(
    "",
    missed.length ? `targets missed: ${missed.join(", ")}` : "all measured targets met",
  );
  return `${parts.join("\n")}\n`;
};

const ROUTE_LABELS: Record<RouteName, string> = {
  hello: "hello-world (ceiling)",
  quizPage: "GET quiz page",
  startAttempt: "POST /api/attempts",
  submit: "POST /api/attempts/:id/submit",
  submitAlone: "  same, 1 connection",
};

const routeRows = (routes: BenchReportRoutes): string[][] =>
  (Object.keys(ROUTE_LABELS) as RouteName[]).map((name) => {
    const r = routes[name];
    return [
      ROUTE_LABELS[name],
      num(r.rps, 0),
      num(r.p50Ms, 1),
      num(r.p99Ms, 1),
      num(r.p99MsSteady, 1),
      num(r.serverCpuMsPerRequest, 3),
      num(r.serverCores, 2),
      String(r.non2xx),
      String(r.errors),
    ];
  });

type BenchReportRoutes = NonNullable<BenchReport["server"]>["routes"];

export const describeTarget = (result: TargetResult | undefined): string => {
  if (!result) return "";
  const verdict = result.pass === null ? "n/a" : result.pass ? "PASS" : "MISS";
  return `${result.op} ${result.target} ${verdict}`;
};

export const renderColumns = (
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string => {
  const widths = header.map((h, c) =>
    Math.max(h.length, ...rows.map((row) => (row[c] ?? "").length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
};

const num = (value: number, digits: number): string =>
  Number.isFinite(value) ? round(value, digits).toFixed(digits) : "n/a";

export const bytes = (value: number): string =>
  Number.isFinite(value) ? `${Math.round(value).toLocaleString("en-US")} B` : "n/a";
