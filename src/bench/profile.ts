// Reads a V8 .cpuprofile (from `node --cpu-prof`) into the functions with the most self time,
// so a missed target comes with the names of the hot functions.
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotFunction {
  name: string;
  /** file:line, relative to the project where possible. */
  location: string;
  selfMs: number;
  selfShare: number;
}

export const hotFunctions = (
  profile: CpuProfile,
  top = 15,
  root = process.cwd(),
): HotFunction[] => {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, { name: string; location: string; micros: number }>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    total += delta;
    const frame = byNode.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.replace(/^file:\/\//, "").replace(`${root}/`, "");
    const location = file ? `${file}:${frame.lineNumber + 1}` : "";
    const name = frame.functionName || "(anonymous)";
    const key = `${name}@${location}`;
    const entry = self.get(key) ?? { name, location, micros: 0 };
    entry.micros += delta;
    self.set(key, entry);
  });
  return [...self.values()]
    .sort((a, b) => b.micros - a.micros)
    .slice(0, top)
    .map((entry) => ({
      name: entry.name,
      location: entry.location,
      selfMs: entry.micros / 1000,
      selfShare: total > 0 ? entry.micros / total : 0,
    }));
};

export const readHotFunctions = (path: string, top = 15): HotFunction[] =>
  hotFunctions(JSON.parse(readFileSync(path, "utf8")) as CpuProfile, top);
