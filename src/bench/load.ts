// One load run with autocannon in this (the bench's) process against a server in another, so
// load generator and server never share an event loop.
import autocannon, { type AutocannonOptions } from "autocannon";
import { processCpuMs } from "./child";
import { percentile, round } from "./stats";

export interface RouteFigures {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /**
   * p99 without each connection's first response. When 50 connections open at once against a
   * saturated server, a few first requests wait seconds (a plain node:http server with a 2.5 ms
   * busy loop shows it too: p99 1.4–3.4 s with autocannon, 0.2–0.3 s with a Node http client);
   * this figure is the queueing latency of the steady load.
   */
  p99MsSteady: number;
  requests: number;
  non2xx: number;
  errors: number;
  statusCodes: Record<string, number>;
  /** Server CPU time per response (all its threads): robust where wall-clock rps is noisy. */
  serverCpuMsPerRequest: number;
  /** Cores the server kept busy (CPU time ÷ wall time): near 1 = saturated, else the client or a neighbour limited the run. */
  serverCores: number;
}

export interface LoadPlan {
  connections: number;
  /** Seconds of measured load. */
  duration: number;
  /** Seconds of unmeasured load first, so JIT and caches are warm. */
  warmup: number;
}

export const runLoad = async (
  options: AutocannonOptions,
  plan: LoadPlan,
  /** pid of the server under load, to read its CPU time. */
  serverPid?: number,
): Promise<RouteFigures> => {
  if (plan.warmup > 0 && options.amount === undefined) {
    await autocannon({ ...options, connections: plan.connections, duration: plan.warmup });
  }
  const cpuBefore = processCpuMs(serverPid);
  const instance = autocannon({
    ...options,
    connections: plan.connections,
    duration: plan.duration,
    timeout: 10,
  });
  const seen = new WeakSet<object>();
  const steady: number[] = [];
  instance.on("response", (client, _status, _bytes, responseTime) => {
    if (seen.has(client)) steady.push(responseTime);
    else seen.add(client);
  });
  const result = await instance;
  const cpuMs = processCpuMs(serverPid) - cpuBefore;
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) {
    statusCodes[code] = Number(stat.count);
  }
  const total = Object.values(statusCodes).reduce((a, b) => a + b, 0);
  const ok = total - result.non2xx;
  // Successful responses over the run's real duration: robust to a short final second.
  return {
    rps: round(ok / result.duration, 1),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    p99MsSteady: percentile(steady, 99),
    requests: total,
    non2xx: result.non2xx,
    errors: result.errors,
    statusCodes,
    serverCpuMsPerRequest: total > 0 ? cpuMs / total : Number.NaN,
    serverCores: cpuMs / (result.duration * 1000),
  };
};
