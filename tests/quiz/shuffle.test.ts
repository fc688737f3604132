import { describe, expect, it } from "vitest";
import { createRandom } from "../../src/generator/random";
import { randomPermutation, shuffleOptions } from "../../src/quiz/shuffle";

/** A deterministic source: always picks index 0 (reverses via Fisher-Yates swaps). */
const first = () => 0;
/** Seeded integers in [0, max), from the generator's own seeded random. */
const seeded = (seed: number) => {
  const random = createRandom(seed);
  return (max: number) => Math.floor(random() * max);
};

describe("shuffleOptions", () => {
  it.each([0, 1, 2, 3])(
    "keeps the correct option findable when the answer is at %i",
    (answerIndex) => {
      const options = ["Delhi", "Mumbai", "Chennai", "Kolkata"];
      for (let seed = 1; seed < 30; seed++) {
        const shuffled = shuffleOptions(options, answerIndex, seeded(seed));
        expect(shuffled.options[shuffled.correctIndex]).toBe(options[answerIndex]);
        expect([...shuffled.options].sort()).toEqual([...options].sort());
        expect(shuffled.permutation.map((from) => options[from])).toEqual(shuffled.options);
      }
    },
  );

  it("produces a real permutation of every length", () => {
    for (const length of [0, 1, 4, 9]) {
      expect(randomPermutation(length, first).sort()).toEqual(Array.from({ length }, (_, i) => i));
    }
  });

  it("moves the answer across positions over many attempts", () => {
    const random = seeded(7);
    const positions = new Set<number>();
    for (let i = 0; i < 50; i++)
      positions.add(shuffleOptions(["a", "b", "c", "d"], 0, random).correctIndex);
    expect(positions.size).toBe(4);
  });
});
