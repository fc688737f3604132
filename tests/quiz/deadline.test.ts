import { describe, expect, it } from "vitest";
import { deadlineFor, isOnTime, secondsLeft } from "../../src/quiz/deadline";

const policy = { secondsPerQuestion: 60, graceSeconds: 10 };
const start = new Date("2026-11-28T09:00:00Z");

describe("deadline", () => {
  it("gives each question its share of time", () => {
    expect(deadlineFor(start, 5, policy).toISOString()).toBe("2026-11-28T09:05:00.000Z");
  });

  it.each([
    ["before the deadline", "2026-11-28T09:04:00Z", true],
    ["at the deadline", "2026-11-28T09:05:00Z", true],
    ["inside the grace", "2026-11-28T09:05:10Z", true],
    ["just after the grace", "2026-11-28T09:05:10.001Z", false],
    ["an hour late", "2026-11-28T10:05:00Z", false],
  ])("a submission %s counts: %s", (_label, at, expected) => {
    expect(isOnTime(deadlineFor(start, 5, policy), new Date(at), policy)).toBe(expected);
  });

  it.each([
    ["2026-11-28T09:00:00Z", 300],
    ["2026-11-28T09:04:59.500Z", 1],
    ["2026-11-28T09:06:00Z", 0],
  ])("at %s, %i seconds are left", (now, expected) => {
    expect(secondsLeft(deadlineFor(start, 5, policy), new Date(now))).toBe(expected);
  });
});
