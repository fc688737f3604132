import { describe, expect, it } from "vitest";
import { BENCH_PARTS, parseBenchArgs } from "../../src/bench/args";

describe("parseBenchArgs", () => {
  it.each([
    [[], { json: false, quick: false, parts: [...BENCH_PARTS] }],
    [["--json"], { json: true }],
    [["--quick", "--json"], { quick: true, json: true }],
    [["--articles", "some/dir"], { articlesDir: "some/dir" }],
    [["--only", "generator"], { parts: ["generator"] }],
    [["--only", "server,page"], { parts: ["server", "page"] }],
    [["--profile", "/tmp/p"], { profileDir: "/tmp/p" }],
    [["-h"], { help: true }],
  ])("%j parses", (argv, expected) => {
    const parsed = parseBenchArgs(argv);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.args).toMatchObject(expected);
  });

  it.each([
    [["--fast"], "unknown option --fast"],
    [["--articles"], "--articles needs a folder"],
    [["--articles", "--json"], "--articles needs a folder"],
    [["--only", "generator,database"], "unknown part database"],
    [["--only"], "--only needs a list"],
    [["--profile"], "--profile needs a folder"],
  ])("%j is refused", (argv, message) => {
    const parsed = parseBenchArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });
});
