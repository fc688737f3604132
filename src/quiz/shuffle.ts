// Per-attempt option order. The permutation is recorded so the shown order can be explained later:
// shown[i] = original[permutation[i]].

/** A random source returning integers in [0, max). Injected so tests are deterministic. */
export type RandomInt = (max: number) => number;

export const randomPermutation = (length: number, randomInt: RandomInt): number[] => {
  const order = Array.from({ length }, (_, i) => i);
  for (let i = length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    const a = order[i] as number;
    order[i] = order[j] as number;
    order[j] = a;
  }
  return order;
};

export interface ShuffledOptions {
  options: string[];
  correctIndex: number;
  permutation: number[];
}

export const shuffleOptions = (
  options: readonly string[],
  answerIndex: number,
  randomInt: RandomInt,
): ShuffledOptions => {
  const permutation = randomPermutation(options.length, randomInt);
  return {
    options: permutation.map((from) => options[from] as string),
    correctIndex: permutation.indexOf(answerIndex),
    permutation,
  };
};
