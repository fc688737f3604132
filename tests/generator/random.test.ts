import { describe, expect, it } from "vitest";
import { createRandom, hashString, randomInt, shuffle } from "../../src/generator/random";

describe("hashString", () => {
  it.each([
    ["", 0x811c9dc5],
    ["a", hashString("a")],
  ])("is stable for %j", (text, expected) => {
    expect(hashString(text)).toBe(expected);
  });

  it("differs for different texts", () => {
    expect(hashString("Lee met Xi")).not.toBe(hashString("Xi met Lee"));
  });
});

describe("createRandom", () => {
  it.each([[1], [42], ["article text"]])("repeats the same sequence for seed %j", (seed) => {
    const a = createRandom(seed);
    const b = createRandom(seed);
    const first = Array.from({ length: 20 }, () => a());
    expect(Array.from({ length: 20 }, () => b())).toEqual(first);
    for (const value of first) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it("gives different sequences for different seeds", () => {
    const a = createRandom(1);
    const b = createRandom(2);
    expect(Array.from({ length: 5 }, () => a())).not.toEqual(Array.from({ length: 5 }, () => b()));
  });
});

describe("shuffle", () => {
  it("returns a permutation and leaves the input alone", () => {
    const items = ["A", "B", "C", "D"];
    const result = shuffle(items, createRandom(7));
    expect([...result].sort()).toEqual(items);
    expect(items).toEqual(["A", "B", "C", "D"]);
  });

  it("puts the first item in every position over many seeds", () => {
    const positions = new Set<number>();
    for (let seed = 0; seed < 50; seed++) {
      positions.add(shuffle(["answer", "b", "c", "d"], createRandom(seed)).indexOf("answer"));
    }
    expect(positions).toEqual(new Set([0, 1, 2, 3]));
  });

  it.each([[[]], [["only"]]])("handles %j", (items) => {
    expect(shuffle(items, createRandom(3))).toEqual(items);
  });
});

describe("randomInt", () => {
  it("stays within bounds, inclusive", () => {
    const random = createRandom(9);
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) seen.add(randomInt(random, 2, 4));
    expect(seen).toEqual(new Set([2, 3, 4]));
  });
});
