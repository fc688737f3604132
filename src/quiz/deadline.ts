// The server holds the clock: a deadline is fixed when the attempt starts, and a submission is
// counted only if it arrives before the deadline plus a short grace for network latency.

export interface TimingPolicy {
  secondsPerQuestion: number;
  graceSeconds: number;
}

export const DEFAULT_TIMING: TimingPolicy = { secondsPerQuestion: 72, graceSeconds: 10 };

export const deadlineFor = (startedAt: Date, questionCount: number, policy: TimingPolicy): Date =>
  new Date(startedAt.getTime() + questionCount * policy.secondsPerQuestion * 1000);

export const isOnTime = (deadline: Date, at: Date, policy: TimingPolicy): boolean =>
  at.getTime() <= deadline.getTime() + policy.graceSeconds * 1000;

/**
 * When a submission is judged: its arrival, so time spent queued behind a crowd is not the
 * aspirant's. Capped: a request held open longer than maxQueueSeconds (e.g. a body sent slowly
 * to buy thinking time) is judged that much before it was processed, no earlier.
 */
export const judgedAt = (arrivedAt: Date, processedAt: Date, maxQueueSeconds: number): Date =>
  new Date(Math.max(arrivedAt.getTime(), processedAt.getTime() - maxQueueSeconds * 1000));

export const secondsLeft = (deadline: Date, now: Date): number =>
  Math.max(0, Math.ceil((deadline.getTime() - now.getTime()) / 1000));
