// Command-line plumbing shared by `npm run test:load` and `npm run test:crash`.

/** `--name N` from argv as a positive integer, or the fallback. */
export const positiveOption = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive integer`);
  return value;
};

/** Exits 1 with a message if the run is still going after `seconds`; never keeps it alive. */
export const exitAfter = (label: string, seconds: number): void => {
  const budget = setTimeout(() => {
    console.error(`${label}: over its ${seconds} s budget, giving up`);
    process.exit(1);
  }, seconds * 1000);
  budget.unref();
};
