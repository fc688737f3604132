// Exact rational numbers for marks and scores: small integers, always reduced, denominator > 0.
export interface Fraction {
  readonly num: number;
  readonly den: number;
}

const gcd = (a: number, b: number): number => {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
};

export const fraction = (num: number, den = 1): Fraction => {
  if (!Number.isInteger(num) || !Number.isInteger(den) || den === 0) {
    throw new RangeError(`not a fraction: ${num}/${den}`);
  }
  const sign = den < 0 ? -1 : 1;
  const divisor = gcd(num, den) || 1;
  return { num: (sign * num) / divisor + 0, den: (sign * den) / divisor };
};

export const ZERO = fraction(0);

export const add = (a: Fraction, b: Fraction): Fraction =>
  fraction(a.num * b.den + b.num * a.den, a.den * b.den);

export const times = (a: Fraction, n: number): Fraction => fraction(a.num * n, a.den);

export const sum = (parts: readonly Fraction[]): Fraction => parts.reduce(add, ZERO);

/** "7/3", "-1/3", "4" — the stored and exposed exact form. */
export const formatFraction = (f: Fraction): string =>
  f.den === 1 ? String(f.num) : `${f.num}/${f.den}`;

export const parseFraction = (text: string): Fraction | null => {
  const match = /^(-?\d+)(?:\/(\d+))?$/.exec(text.trim());
  if (!match) return null;
  const den = match[2] === undefined ? 1 : Number(match[2]);
  return den === 0 ? null : fraction(Number(match[1]), den);
};

/** Decimal for display, rounded to 2 places (the exact value stays in the fraction). */
export const toDecimal = (f: Fraction): number => Math.round((f.num / f.den) * 100) / 100;
