import { describe, expect, it } from "vitest";
import { percentile, round } from "../../src/bench/stats";

describe("percentile (nearest rank)", () => {
  const values = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
  it.each([
    [50, 5],
    [95, 10],
    [10, 1],
    [0, 1],
    [100, 10],
  ])("p%i of 1..10 is %i", (p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it("is NaN for no values", () => {
    expect(percentile([], 50)).toBeNaN();
  });

  it("does not reorder its input", () => {
    const input = [3, 1, 2];
    percentile(input, 50);
    expect(input).toEqual([3, 1, 2]);
  });
});

describe("round", () => {
  it.each([
    [1.2345, 2, 1.23],
    [1.235, 0, 1],
    [Number.NaN, 2, Number.NaN],
  ])("round(%d, %i) = %d", (value, digits, expected) => {
    expect(round(value, digits)).toBe(expected);
  });
});
