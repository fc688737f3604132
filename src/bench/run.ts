// One bench run: the parts asked for, each in its own child process(es), gathered into a report.
import { rmSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join, resolve } from "node:path";
import type { BenchArgs } from "./args";
import { runJsonChild } from "./child";
import { DEFAULT_ARTICLES_DIR, loadCorpus, repeatToCount } from "./corpus";
import type { BenchReport } from "./figures";
import type { GeneratorFigures } from "./generator";
import type { LoadPlan } from "./load";
import { summariseBusiestProfile } from "./profile";
import { runServerBench } from "./server";
import { checkTargets } from "./targets";

interface RunSizes {
  generatorArticles: number;
  generatorWarmup: number;
  ingestArticles: number;
  plan: LoadPlan;
}

export const runSizes = (quick: boolean): RunSizes =>
  quick
    ? {
        generatorArticles: 100,
        generatorWarmup: 17,
        ingestArticles: 200,
        plan: { connections: 50, duration: 2, warmup: 1 },
      }
    : {
        generatorArticles: 510,
        generatorWarmup: 51,
        ingestArticles: 1000,
        plan: { connections: 50, duration: 5, warmup: 1 },
      };

export const runBench = async (
  args: BenchArgs,
  log: (line: string) => void,
): Promise<BenchReport> => {
  const sizes = runSizes(args.quick);
  const articlesDir = resolve(args.articlesDir ?? DEFAULT_ARTICLES_DIR);
  const profileDir = args.profileDir ? resolve(args.profileDir) : undefined;
  if (profileDir) {
    // Only the two folders this run writes: a profile left from an earlier run would be read too.
    for (const name of ["generator", "server"])
      rmSync(join(profileDir, name), { recursive: true, force: true });
  }
  const cpuProf = (name: string): string[] =>
    // One folder per child: the tsx loader thread writes its own profile beside the main thread's.
    profileDir ? ["--cpu-prof", "--cpu-prof-dir", join(profileDir, name)] : [];
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? "?",
      quick: args.quick,
      loadAverage: [loadavg()[0] ?? 0, 0],
    },
    targets: [],
    failures: [],
  };
  if (args.parts.includes("generator")) {
    log(`generator: at least ${sizes.generatorArticles} articles from ${articlesDir}`);
    try {
      report.generator = await runJsonChild<GeneratorFigures>("src/bench/generator-process.ts", {
        nodeFlags: cpuProf("generator"),
        args: [
          JSON.stringify({
            articlesDir,
            count: sizes.generatorArticles,
            warmup: sizes.generatorWarmup,
          }),
        ],
      });
    } catch (error) {
      report.failures.push({ part: "generator", error: String(error) });
    }
  }
  if (args.parts.includes("server") || args.parts.includes("page")) {
    try {
      const corpus = loadCorpus(articlesDir);
      const result = await runServerBench({
        articles: repeatToCount(corpus, sizes.ingestArticles),
        plan: sizes.plan,
        measurePageWeight: args.parts.includes("page"),
        measureLoad: args.parts.includes("server"),
        nodeFlags: cpuProf("server"),
        log,
      });
      report.server = result.server;
      report.ingest = result.ingest;
      report.page = result.page;
      report.failures.push(...result.failures);
    } catch (error) {
      report.failures.push({ part: "server", error: String(error) });
    }
  }
  if (profileDir) {
    report.profiles = {};
    for (const name of ["generator", "server"]) {
      try {
        const summary = summariseBusiestProfile(join(profileDir, name));
        if (summary) report.profiles[name] = summary;
      } catch {
        // that part did not run
      }
    }
  }
  report.machine.loadAverage[1] = loadavg()[0] ?? 0;
  report.targets = checkTargets(report);
  return report;
};
