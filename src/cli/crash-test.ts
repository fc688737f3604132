// `npm run test:crash [-- --runs N --workers W --seed S]`: SIGKILLs the real server N times (default
// 4) at seeded moments while an admin adds articles and W aspirants (default 20) submit attempts,
// restarts it on the same database each time, and exits 1 unless every run is consistent and
// every acknowledged write survived.

import { exitAfter, positiveOption as option } from "../../tests/faults/cli";
import { runCrashes } from "../../tests/faults/crash";

exitAfter("crash test", 150);

const runs = await runCrashes({
  runs: option("runs", 4),
  workers: option("workers", 20),
  seed: option("seed", 1128),
  log: (line) => console.log(`crash test: ${line}`),
});
const survived = runs.filter((r) => r.problems.length === 0);
const total = (pick: (r: (typeof runs)[number]) => number) => runs.reduce((n, r) => n + pick(r), 0);
console.log(
  `crash test: ${survived.length}/${runs.length} crash runs survived; acknowledged before the kills: ${total((r) => r.articlesAcknowledged)} articles, ${total((r) => r.submissionsAcknowledged)} submissions, all present; ${total((r) => r.inFlightAtKill)} requests were in flight at the kills`,
);
for (const run of runs.filter((r) => r.problems.length > 0))
  console.error(`crash run ${run.run} FAILED:\n  ${run.problems.slice(0, 20).join("\n  ")}`);
process.exit(survived.length === runs.length ? 0 : 1);
