import { describe, expect, it } from "vitest";
import {
  categorySlug,
  formatClock,
  formatDate,
  formatDecimal,
  formatDuration,
  formatFraction,
  formatMonth,
  formatPercent,
  optionLetter,
} from "../../../src/web/views/format";

describe("formatFraction", () => {
  it.each([
    [22, 3, "7 1/3"],
    [10, 1, "10"],
    [0, 1, "0"],
    [-2, 3, "−2/3"],
    [-7, 3, "−2 1/3"],
    [4, 6, "2/3"],
    [3, -4, "−3/4"],
    [1, 0, "—"],
  ])("%i/%i → %s", (n, d, expected) => {
    expect(formatFraction(n, d)).toBe(expected);
  });
});

describe("formatDecimal", () => {
  it.each([
    [22, 3, "7.33"],
    [-2, 3, "−0.67"],
    [-1, 1000, "0.00"],
    [5, 1, "5.00"],
    [1, 0, "—"],
  ])("%i/%i → %s", (n, d, expected) => {
    expect(formatDecimal(n, d)).toBe(expected);
  });
});

describe("dates and times", () => {
  it.each([
    ["2026-11-28", "28 November 2026"],
    ["2026-01-05T10:00:00.000Z", "5 January 2026"],
    ["2026-13-05", "2026-13-05"],
    ["yesterday", "yesterday"],
    [null, ""],
  ])("formatDate(%s) → %s", (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });

  it.each([
    ["2026-03", "March 2026"],
    ["2026-00", "2026-00"],
    ["March", "March"],
  ])("formatMonth(%s) → %s", (month, expected) => {
    expect(formatMonth(month)).toBe(expected);
  });

  it.each([
    [0, "0 s"],
    [45, "45 s"],
    [245, "4 min 05 s"],
    [-3, "0 s"],
  ])("formatDuration(%i) → %s", (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });

  it.each([
    [600, "10:00"],
    [59.2, "01:00"],
    [0, "00:00"],
    [-5, "00:00"],
  ])("formatClock(%d) → %s", (seconds, expected) => {
    expect(formatClock(seconds)).toBe(expected);
  });
});

describe("small labels", () => {
  it.each([
    [3, 4, "75%"],
    [0, 4, "0%"],
    [0, 0, "—"],
  ])("formatPercent(%i, %i) → %s", (part, whole, expected) => {
    expect(formatPercent(part, whole)).toBe(expected);
  });

  it.each([
    [0, "A"],
    [3, "D"],
    [4, "5"],
  ])("optionLetter(%i) → %s", (index, expected) => {
    expect(optionLetter(index)).toBe(expected);
  });

  it.each([
    ["Science & Technology", "science-technology"],
    ["International relations", "international-relations"],
    ["  Economy ", "economy"],
  ])("categorySlug(%s) → %s", (name, expected) => {
    expect(categorySlug(name)).toBe(expected);
  });
});
