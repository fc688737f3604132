// `npm run test:load [-- --aspirants N --seed S]`: N aspirants (default 500) register or start as
// guests, start and double-submit attempts at once against the real server on 127.0.0.1; exits 1
// on any lost, mis-scored or double-counted submission or any inconsistency in the database.

import { exitAfter, positiveOption as option } from "../../tests/faults/cli";
import { runLoad } from "../../tests/faults/load";

exitAfter("load test", 150);

const figures = await runLoad({
  aspirants: option("aspirants", 500),
  seed: option("seed", 4242),
  log: (line) => console.log(`load test: ${line}`),
});
const ms = (value: number) => `${value.toFixed(1)} ms`;
console.log(
  [
    `load test: ${figures.aspirants} concurrent aspirants, ${figures.requests} requests in ${figures.seconds.toFixed(1)} s`,
    `  throughput ${figures.throughput.toFixed(0)} requests/s, latency p50 ${ms(figures.p50Ms)}, p99 ${ms(figures.p99Ms)}`,
    `  p99 by route: ${Object.entries(figures.p99ByRoute)
      .map(([route, p99]) => `${route} ${ms(p99)}`)
      .join(", ")}`,
    `  submissions ${figures.submissions} (each sent twice at once: ${figures.doubleSubmissions} pairs), lost ${figures.lost}, wrong score ${figures.wrongScore}, changed by the double submit ${figures.doubleChanged}, non-2xx ${figures.non2xx}`,
    `  backup during the load: ${figures.backup}`,
  ].join("\n"),
);
const failed =
  figures.problems.length > 0 ||
  figures.lost > 0 ||
  figures.wrongScore > 0 ||
  figures.doubleChanged > 0 ||
  figures.non2xx > 0 ||
  figures.submissions !== figures.aspirants;
if (failed) {
  console.error(`load test FAILED:\n  ${figures.problems.slice(0, 20).join("\n  ")}`);
  process.exit(1);
}
console.log("load test: passed");
process.exit(0);
