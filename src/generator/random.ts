// Seeded randomness: the generator never touches Math.random, so the same seed gives the same
// options in the same order.
import type { Random } from "./types";

/** 32-bit FNV-1a hash of a string: stable across runs and platforms. */
export const hashString = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
};

/** mulberry32: small, fast, good enough for shuffling options. */
export const createRandom = (seed: number | string): Random => {
  let state = (typeof seed === "string" ? hashString(seed) : seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** A new array in a deterministic Fisher–Yates order. */
export const shuffle = <T>(items: readonly T[], random: Random): T[] => {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = result[i] as T;
    result[i] = result[j] as T;
    result[j] = a;
  }
  return result;
};

/** An integer in [min, max], inclusive. */
export const randomInt = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));
