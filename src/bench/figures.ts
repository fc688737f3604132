// The shape of one bench run. Keys named in issue 5 are stable; the rest are detail for people.
import type { GeneratorFigures } from "./generator";
import type { RouteFigures } from "./load";
import type { ProfileSummary } from "./profile";

export interface ServerFigures {
  helloRps: number;
  quizPageRps: number;
  quizPageRatio: number;
  startAttemptRps: number;
  startAttemptRatio: number;
  submitRps: number;
  submitRatio: number;
  /**
   * Hello-world's server CPU ms per request ÷ the route's: the throughput ratio an otherwise idle
   * machine would show, and far less noisy than rps on a shared one.
   */
  quizPageCpuRatio: number;
  startAttemptCpuRatio: number;
  submitCpuRatio: number;
  /** Worst p99 over the app's routes (hello-world excluded). */
  p99Ms: number;
  connections: number;
  durationSec: number;
  /** Submissions of attempts not submitted before / all submissions in the run. */
  submitDistinctShare: number;
  routes: Record<RouteName, RouteFigures>;
}

/** submitAlone: submit on one connection, so nothing queues (latency floor). */
export type RouteName = "hello" | "quizPage" | "startAttempt" | "submit" | "submitAlone";

export interface IngestFigures {
  articles: number;
  seconds: number;
  articlesPerSec: number;
  msP50: number;
  msP95: number;
  /** Growth of the database file plus its -wal after a checkpoint, scaled to 1,000 articles. */
  dbBytesPer1000: number;
  dbBytesBefore: number;
  dbBytesAfter: number;
  questionsStored: number;
}

export interface PageResource {
  kind: "html" | "css" | "js";
  path: string;
  bytes: number;
  bytesGzip: number;
  /** Content-Encoding the server chose when the request accepted gzip/br ("" = none). */
  servedEncoding: string;
  servedBytes: number;
}

export interface PageFigures {
  quizBytes: number;
  quizBytesGzip: number;
  /** Bytes on the wire with the encodings the server itself applied. */
  quizBytesServed: number;
  serverCompresses: boolean;
  resources: PageResource[];
}

export interface BenchReport {
  date: string;
  machine: {
    node: string;
    cpus: number;
    cpuModel: string;
    quick: boolean;
    /** 1-minute load average at the start and the end: above the core count, figures are noisy. */
    loadAverage: [start: number, end: number];
  };
  generator?: GeneratorFigures;
  server?: ServerFigures;
  ingest?: IngestFigures;
  page?: PageFigures;
  targets: TargetResult[];
  /** With --profile: the functions with the most self time in each child. */
  profiles?: Record<string, ProfileSummary>;
  /** Parts that could not run, with the reason. */
  failures: { part: string; error: string }[];
}

export interface TargetResult {
  key: string;
  label: string;
  value: number | null;
  op: ">=" | "<=";
  target: number;
  pass: boolean | null;
}
