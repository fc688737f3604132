// Reads a V8 .cpuprofile (from `node --cpu-prof`) into the functions that cost the most, so a
// missed target comes with the names of the hot functions: self time over all code, and
// inclusive time of our own functions (src/, questions/), which points at the use case.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type FrameResolver, tsxFrameResolver } from "./tsx-frames";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotFunction {
  name: string;
  /** file:line, relative to the project where possible. */
  location: string;
  ms: number;
  /** Share of the busy (not idle) time. */
  share: number;
}

export interface ProfileSummary {
  busyMs: number;
  /** Self time by where the code lives: a package, a folder of ours, node internals, GC. */
  byArea: HotFunction[];
  self: HotFunction[];
  ownInclusive: HotFunction[];
}

const IDLE = new Set(["(idle)", "(program)"]);

const describe = (frame: CallFrame, root: string, resolve: FrameResolver) => {
  const path = frame.url.replace(/^file:\/\//, "");
  const file = path.replace(`${root}/`, "");
  const resolved =
    path.endsWith(".ts") || path.endsWith(".tsx")
      ? resolve(path, frame.lineNumber, frame.columnNumber)
      : null;
  const name = resolved?.name ?? (frame.functionName || "(anonymous)");
  const line = resolved?.line ?? frame.lineNumber + 1;
  return { name, file, location: file ? `${file}:${line}` : "" };
};

export const summariseProfile = (
  profile: CpuProfile,
  top = 12,
  root = process.cwd(),
  resolve: FrameResolver = () => null,
): ProfileSummary => {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const described = new Map<number, ReturnType<typeof describe>>();
  const frameOf = (id: number) => {
    let found = described.get(id);
    const node = byNode.get(id);
    if (!found && node) {
      found = describe(node.callFrame, root, resolve);
      described.set(id, found);
    }
    return found;
  };
  const self = new Map<string, HotFunction>();
  const inclusive = new Map<string, HotFunction>();
  const areas = new Map<string, HotFunction>();
  const add = (table: Map<string, HotFunction>, name: string, location: string, micros: number) => {
    const key = `${name}@${location}`;
    const entry = table.get(key) ?? { name, location, ms: 0, share: 0 };
    entry.ms += micros / 1000;
    table.set(key, entry);
  };
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    const leaf = frameOf(id);
    if (!leaf || IDLE.has(leaf.name)) return;
    busy += delta;
    add(self, leaf.name, leaf.location, delta);
    add(areas, areaOf(leaf), "", delta);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = frameOf(at);
      if (!frame || !/^(src|questions)\//.test(frame.file) || frame.file.startsWith("src/bench/"))
        continue;
      const key = `${frame.name}@${frame.location}`;
      if (seen.has(key)) continue; // recursion counts once per sample
      seen.add(key);
      add(inclusive, frame.name, frame.location, delta);
    }
  });
  const ranked = (table: Map<string, HotFunction>) =>
    [...table.values()]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top)
      .map((entry) => ({ ...entry, share: busy > 0 ? entry.ms / (busy / 1000) : 0 }));
  return {
    busyMs: busy / 1000,
    byArea: ranked(areas),
    self: ranked(self),
    ownInclusive: ranked(inclusive),
  };
};

/** "drizzle-orm", "hono/jsx", "src/storage", "node internals", "(garbage collector)", ... */
export const areaOf = (frame: { name: string; file: string }): string => {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?:dist\/)?([^/]+)?/.exec(frame.file);
  if (pkg?.[1]) return pkg[1] === "hono" && pkg[2] === "jsx" ? "hono/jsx" : pkg[1];
  const own = /^(src|questions)\/([^/]+\/)?/.exec(frame.file);
  if (own) return own[2] ? `${own[1]}/${own[2].slice(0, -1)}` : (own[1] ?? "src");
  if (frame.file.startsWith("node:")) return "node internals";
  if (frame.name.startsWith("(")) return frame.name;
  return "native (syscalls, sqlite, crypto)";
};

/** Summary of the profile in `dir` with the most busy time (the main thread's, not tsx's loader). */
export const summariseBusiestProfile = (dir: string, top = 12): ProfileSummary | undefined => {
  const resolve = tsxFrameResolver();
  let best: ProfileSummary | undefined;
  for (const name of readdirSync(dir).filter((file) => file.endsWith(".cpuprofile"))) {
    const profile = JSON.parse(readFileSync(join(dir, name), "utf8")) as CpuProfile;
    const summary = summariseProfile(profile, top, process.cwd(), resolve);
    if (!best || summary.busyMs > best.busyMs) best = summary;
  }
  return best;
};
