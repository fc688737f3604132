// `npm run bench`: how fast Newsdrill generates and serves, measured against issue 5's targets.
// Progress goes to stderr; the table (or with --json the JSON object) to stdout.
import { BENCH_USAGE, parseBenchArgs } from "../bench/args";
import { formatJson, formatTable } from "../bench/report";
import { runBench } from "../bench/run";

const parsed = parseBenchArgs(process.argv.slice(2));
if (!parsed.ok) {
  process.stderr.write(`${parsed.error}\n\n${BENCH_USAGE}\n`);
  process.exit(2);
}
if (parsed.args.help) {
  process.stdout.write(`${BENCH_USAGE}\n`);
  process.exit(0);
}
const started = Date.now();
const report = await runBench(parsed.args, (line) =>
  process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${line}\n`),
);
process.stdout.write(parsed.args.json ? formatJson(report) : formatTable(report));
process.exitCode = report.failures.length > 0 ? 1 : 0;
