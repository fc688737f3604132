import { describe, expect, it } from "vitest";
import {
  add,
  formatFraction,
  fraction,
  parseFraction,
  sum,
  times,
  toDecimal,
} from "../../src/quiz/fraction";

describe("fraction", () => {
  it.each([
    [2, 4, "1/2"],
    [-2, 6, "-1/3"],
    [2, -6, "-1/3"],
    [0, 5, "0"],
    [12, 3, "4"],
  ])("reduces %i/%i to %s", (num, den, expected) => {
    expect(formatFraction(fraction(num, den))).toBe(expected);
  });

  it.each([
    [1.5, 1],
    [1, 0],
    [Number.NaN, 1],
  ])("refuses %s/%s", (num, den) => {
    expect(() => fraction(num, den)).toThrow(RangeError);
  });

  it.each([
    ["1/3", "1/6", "1/2"],
    ["-1/3", "-1/3", "-2/3"],
    ["4", "-4/3", "8/3"],
  ])("%s + %s = %s", (a, b, expected) => {
    const left = parseFraction(a);
    const right = parseFraction(b);
    if (left === null || right === null) throw new Error("fixture");
    expect(formatFraction(add(left, right))).toBe(expected);
  });

  it("sums three thirds to exactly one, where floats drift", () => {
    const third = fraction(1, 3);
    expect(formatFraction(sum([third, third, third]))).toBe("1");
    expect(formatFraction(times(fraction(-4, 3), 3))).toBe("-4");
  });

  it.each([
    ["7/3", "7/3"],
    ["-2", "-2"],
    ["6/4", "3/2"],
    ["1/0", null],
    ["abc", null],
    ["1.5", null],
    ["", null],
  ])("parses %j as %j", (text, expected) => {
    const parsed = parseFraction(text);
    expect(parsed === null ? null : formatFraction(parsed)).toBe(expected);
  });

  it("rounds the decimal to two places", () => {
    expect(toDecimal(fraction(7, 3))).toBe(2.33);
    expect(toDecimal(fraction(-1, 3))).toBe(-0.33);
  });
});
