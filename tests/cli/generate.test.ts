// Runs the real CLI in a child process on temporary files.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const fixture = JSON.parse(
  readFileSync(join(root, "tests/fixtures/articles/ir-india-japan-summit.json"), "utf8"),
) as { title: string; body: string; date: string; url: string };

let dir = "";
const file = (name: string) => join(dir, name);

const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/generate.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsdrill-cli-"));
  writeFileSync(file("summit.json"), JSON.stringify({ ...fixture, extra: "ignored" }));
  writeFileSync(file("undated.json"), JSON.stringify({ title: fixture.title, body: fixture.body }));
  writeFileSync(file("summit.txt"), `\n\n${fixture.title}\n\n${fixture.body}\n`);
  writeFileSync(file("broken.json"), "{ not json");
  writeFileSync(file("no-body.json"), JSON.stringify({ title: "Only a title" }));
  writeFileSync(file("empty.txt"), "\n\n");
  writeFileSync(file("locked.txt"), "Title\n\nBody text.");
  chmodSync(file("locked.txt"), 0o000);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("npm run generate", () => {
  it("prints one JSON line per file with --json", () => {
    const { code, stdout, stderr } = run("--json", file("summit.json"), file("summit.txt"));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    const [json, txt] = lines;
    expect(json.file).toBe(file("summit.json"));
    expect(json.title).toBe(fixture.title);
    expect(json.questions.length).toBeGreaterThan(0);
    for (const q of json.questions) {
      expect(q.options).toHaveLength(4);
      expect(q.asOf).toBe(fixture.date);
    }
    expect(typeof json.rejected).toBe("object");
    for (const count of Object.values(json.rejected)) expect(count).toBeGreaterThan(0);
    // The .txt copy has no date: its questions are not "as of" anything.
    expect(txt.title).toBe(fixture.title);
    for (const q of txt.questions) expect(q.asOf).toBeUndefined();
  });

  it.each([
    ["a .txt file", "summit.txt"],
    ["a .json file without a date", "undated.json"],
  ])("takes --date for %s", (_, name) => {
    const { code, stdout } = run("--json", "--date", "2026-03-16", file(name));
    expect(code).toBe(0);
    const [line] = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(line.questions.length).toBeGreaterThan(0);
    for (const q of line.questions) expect(q.asOf).toBe("2026-03-16");
  });

  it("keeps the file's own date over --date", () => {
    const { stdout } = run("--json", "--date", "2020-01-01", file("summit.json"));
    for (const q of JSON.parse(stdout).questions) expect(q.asOf).toBe(fixture.date);
  });

  it("prints questions for a person without --json", () => {
    const { code, stdout } = run(file("summit.json"));
    expect(code).toBe(0);
    expect(stdout).toContain(`== ${file("summit.json")}`);
    expect(stdout).toContain(fixture.title);
    expect(stdout).toMatch(/\d+ questions, \d+ candidates rejected/);
    expect(stdout).toMatch(/^1\. .+\?/m);
    for (const letter of ["A", "B", "C", "D"])
      expect(stdout).toMatch(new RegExp(`^   ${letter}\\) `, "m"));
    expect(stdout).toMatch(/^ {3}Answer: [A-D]\) /m);
    expect(stdout).toMatch(/^ {3}Source: /m);
  });

  it("reports bad files on stderr, after finishing the good ones, and exits non-zero", () => {
    const missing = file("missing.json");
    const { code, stdout, stderr } = run(
      "--json",
      file("broken.json"),
      missing,
      file("summit.json"),
      file("no-body.json"),
      file("empty.txt"),
      file("locked.txt"),
    );
    expect(code).toBe(1);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toContain(file("summit.json"));
    expect(stderr).toContain(`${file("broken.json")}: not valid JSON`);
    expect(stderr).toContain(`${missing}: cannot read (ENOENT)`);
    expect(stderr).toContain(
      `${file("no-body.json")}: JSON needs string fields "title" and "body"`,
    );
    expect(stderr).toContain(`${file("empty.txt")}: file is empty`);
    if (process.getuid?.() !== 0)
      expect(stderr).toContain(`${file("locked.txt")}: cannot read (EACCES)`);
  });

  it.each([
    [[], "no input files"],
    [["--date", "04-01-2026", "x.txt"], "--date needs YYYY-MM-DD"],
    [["--verbose", "x.txt"], "unknown option --verbose"],
  ])("rejects arguments %j with usage", (args, message) => {
    const { code, stderr } = run(...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain("usage: npm run generate");
  });
});
