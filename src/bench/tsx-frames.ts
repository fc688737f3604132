// Names and source lines for profile frames of code run through tsx. tsx hands V8 one-line
// transformed code whose arrow functions carry no inferred name, so a raw .cpuprofile says
// "(anonymous) file.ts:1". tsx keeps each transform (code + source map) as JSON in its cache
// folder; reading it back recovers `const name = __name(...)` and the original line. Best effort:
// if the cache is not there or not in that shape, frames stay as V8 reported them.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

interface Transform {
  code: string;
  /** Per generated line: [generatedColumn, originalLine] pairs, ascending. */
  lines: [number, number][][];
  mtime: number;
}

export type FrameResolver = (
  file: string,
  line: number,
  column: number,
) => { name: string; line: number } | null;

export const tsxFrameResolver = (cacheDir = defaultCacheDir()): FrameResolver => {
  // Several versions of a file may be cached (it was edited between runs): newest first.
  const byFile = new Map<string, Transform[]>();
  let names: string[] = [];
  try {
    names = readdirSync(cacheDir);
  } catch {
    return () => null;
  }
  for (const name of names) {
    try {
      const path = join(cacheDir, name);
      const entry = JSON.parse(readFileSync(path, "utf8")) as {
        code?: unknown;
        map?: { sources?: unknown; mappings?: unknown };
      };
      const source = Array.isArray(entry.map?.sources) ? entry.map.sources[0] : undefined;
      if (typeof entry.code !== "string" || typeof source !== "string") continue;
      if (typeof entry.map?.mappings !== "string") continue;
      const mtime = statSync(path).mtimeMs;
      const versions = byFile.get(source) ?? [];
      versions.push({ code: entry.code, lines: decodeMappings(entry.map.mappings), mtime });
      byFile.set(source, versions);
    } catch {
      // not a transform entry
    }
  }
  for (const versions of byFile.values()) versions.sort((a, b) => b.mtime - a.mtime);
  return (file, line, column) => {
    for (const transform of byFile.get(file) ?? []) {
      const codeLine = transform.code.split("\n")[line] ?? "";
      if (!startsFunction(codeLine, column)) continue; // another version of the file ran
      return {
        name: nameBefore(codeLine, column),
        line: originalLine(transform.lines[line] ?? [], column),
      };
    }
    return null;
  };
};

const defaultCacheDir = (): string => join(tmpdir(), `tsx-${process.getuid?.() ?? 0}`);

/** V8 reports a function at its parameter list (or `function`, or a lone arrow parameter). */
export const startsFunction = (code: string, column: number): boolean =>
  /^(?:\(|async\b|function\b|[\w$]+\s*=>|[\w$]+\()/.test(code.slice(column, column + 40));

/** `const pickRandom=__name(async(...)=>` or `function pickRandom(` just before the column. */
export const nameBefore = (code: string, column: number): string => {
  const before = code.slice(Math.max(0, column - 200), column);
  const named = /([\w$]+)=__name\((?:async\s*)?$/.exec(before);
  if (named?.[1]) return named[1];
  const after = code.slice(column, column + 80);
  const declared =
    /^(?:async\s+)?function\*?\s*([\w$]+)/.exec(after) ?? /function\*?\s*([\w$]+)$/.exec(before);
  if (declared?.[1]) return declared[1];
  const method = /[{,]([\w$]+)$/.exec(before); // shorthand method: `{run(x){`
  return method?.[1] ?? "(anonymous)";
};

const originalLine = (segments: readonly [number, number][], column: number): number => {
  let found = -1;
  for (const [generated, original] of segments) {
    if (generated > column) break;
    found = original;
  }
  return found + 1; // 1-based; 0 when unmapped
};

const VLQ = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Source-map v3 mappings → per generated line, (generated column, original line) pairs. */
export const decodeMappings = (mappings: string): [number, number][][] => {
  const lines: [number, number][][] = [];
  let sourceLine = 0;
  for (const text of mappings.split(";")) {
    const segments: [number, number][] = [];
    let column = 0;
    for (const segment of text.split(",")) {
      if (segment === "") continue;
      const fields = decodeVlq(segment);
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        sourceLine += fields[2] ?? 0;
        segments.push([column, sourceLine]);
      }
    }
    lines.push(segments);
  }
  return lines;
};

const decodeVlq = (segment: string): number[] => {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = VLQ.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
};
