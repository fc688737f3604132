// Targets of issue 5 on this 2-core machine; a bench reports them, no test times anything.
import type { BenchReport, TargetResult } from "./figures";

interface Target {
  key: string;
  label: string;
  op: ">=" | "<=";
  target: number;
  read: (report: BenchReport) => number | undefined;
}

export const TARGETS: readonly Target[] = [
  {
    key: "generator.articlesPerSec",
    label: "generator articles/s",
    op: ">=",
    target: 50,
    read: (r) => r.generator?.articlesPerSec,
  },
  {
    key: "generator.ratioToBarePass",
    label: "generator ÷ bare pass",
    op: ">=",
    target: 0.25,
    read: (r) => r.generator?.ratioToBarePass,
  },
  {
    key: "server.quizPageRatio",
    label: "quiz page ÷ hello-world",
    op: ">=",
    target: 0.5,
    read: (r) => r.server?.quizPageRatio,
  },
  {
    key: "server.submitRatio",
    label: "submit ÷ hello-world",
    op: ">=",
    target: 0.25,
    read: (r) => r.server?.submitRatio,
  },
  {
    key: "server.routes.submit.p99Ms",
    label: "submit p99 ms (50 conns)",
    op: "<=",
    target: 50,
    read: (r) => r.server?.routes.submit.p99Ms,
  },
  {
    key: "page.quizBytesGzip",
    label: "quiz page bytes gzipped",
    op: "<=",
    target: 30_000,
    read: (r) => r.page?.quizBytesGzip,
  },
];

export const checkTargets = (report: BenchReport): TargetResult[] =>
  TARGETS.map((target) => {
    const value = target.read(report);
    const known = value !== undefined && Number.isFinite(value);
    return {
      key: target.key,
      label: target.label,
      value: known ? value : null,
      op: target.op,
      target: target.target,
      pass: known ? (target.op === ">=" ? value >= target.target : value <= target.target) : null,
    };
  });
