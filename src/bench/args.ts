// Command-line options of `npm run bench`. Parsing returns a value; unknown flags are an error
// value the CLI prints, never an exception.

export const BENCH_PARTS = ["generator", "server", "page"] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

export interface BenchArgs {
  json: boolean;
  quick: boolean;
  /** Folder of .json / .txt articles; default tests/fixtures/articles. */
  articlesDir?: string;
  /** Parts to run; `server` also measures ingest, `page` needs the server. */
  parts: BenchPart[];
  /** Folder for `node --cpu-prof` output of the generator and server children. */
  profileDir?: string;
  help: boolean;
}

export type ParsedArgs = { ok: true; args: BenchArgs } | { ok: false; error: string };

export const BENCH_USAGE = `Usage: npm run bench -- [options]
  --json             print one JSON object instead of the table
  --quick            short run (fewer articles, 2 s load per route)
  --articles DIR     corpus folder of .json ({title, body, ...}) or .txt files
  --only PARTS       comma-separated subset of: ${BENCH_PARTS.join(", ")}
  --profile DIR      write .cpuprofile files of the generator and server children to DIR
  --help             this text`;

export const parseBenchArgs = (argv: readonly string[]): ParsedArgs => {
  const args: BenchArgs = { json: false, quick: false, parts: [...BENCH_PARTS], help: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string | undefined => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("--")) return undefined;
      i++;
      return next;
    };
    switch (flag) {
      case "--json":
        args.json = true;
        break;
      case "--quick":
        args.quick = true;
        break;
      case "--help":
      case "-h":
        args.help = true;
        break;
      case "--articles": {
        const dir = value();
        if (!dir) return { ok: false, error: "--articles needs a folder" };
        args.articlesDir = dir;
        break;
      }
      case "--profile": {
        const dir = value();
        if (!dir) return { ok: false, error: "--profile needs a folder" };
        args.profileDir = dir;
        break;
      }
      case "--only": {
        const list = value();
        if (!list) return { ok: false, error: `--only needs a list of: ${BENCH_PARTS.join(", ")}` };
        const parts = list.split(",").map((part) => part.trim());
        const unknown = parts.filter((part) => !isPart(part));
        if (unknown.length > 0) {
          return {
            ok: false,
            error: `unknown part ${unknown.join(", ")}; use ${BENCH_PARTS.join(", ")}`,
          };
        }
        args.parts = parts.filter(isPart);
        break;
      }
      default:
        return { ok: false, error: `unknown option ${flag}` };
    }
  }
  return { ok: true, args };
};

const isPart = (name: string): name is BenchPart =>
  (BENCH_PARTS as readonly string[]).includes(name);
