// Text formatting shared by views. Pure; dates are formatted in UTC so output is deterministic.
import { MONTH_NAMES as MONTHS } from "../../../questions/calendar";

/** "2026-11-28" → "28 November 2026"; anything unparseable is returned as given. */
export const formatDate = (iso: string | null | undefined): string => {
  if (!iso) return "";
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
};

/** "2026-11" → "November 2026". */
export const formatMonth = (yearMonth: string): string => {
  const match = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${month} ${match[1]}` : yearMonth;
};

/** Seconds → "4 min 05 s" / "45 s". */
export const formatDuration = (seconds: number): string => {
  const s = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(s / 60);
  const rest = s % 60;
  if (minutes === 0) return `${rest} s`;
  return `${minutes} min ${String(rest).padStart(2, "0")} s`;
};

/** Seconds → "09:41" (timer). */
export const formatClock = (seconds: number): string => {
  const s = Math.max(0, Math.ceil(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
};

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/** An exact fraction as a mixed number: 22/3 → "7 1/3", −2/3 → "−2/3", 4/1 → "4". */
export const formatFraction = (numerator: number, denominator: number): string => {
  if (denominator === 0) return "—";
  const sign = numerator * denominator < 0 ? "−" : "";
  let n = Math.abs(numerator);
  let d = Math.abs(denominator);
  const g = gcd(n, d) || 1;
  n /= g;
  d /= g;
  const whole = Math.floor(n / d);
  const rest = n % d;
  if (rest === 0) return `${sign}${whole}`;
  return whole === 0 ? `${sign}${rest}/${d}` : `${sign}${whole} ${rest}/${d}`;
};

/** Two-decimal reading of a fraction: 22/3 → "7.33". */
export const formatDecimal = (numerator: number, denominator: number): string => {
  if (denominator === 0) return "—";
  const rounded = Math.round((numerator / denominator) * 100) / 100;
  return (rounded === 0 ? 0 : rounded).toFixed(2).replace("-", "−");
};

/** Whole-number percentage, or "—" when there is nothing to divide. */
export const formatPercent = (part: number, whole: number): string =>
  whole > 0 ? `${Math.round((part / whole) * 100)}%` : "—";

export const OPTION_LETTERS = ["A", "B", "C", "D"] as const;

export const optionLetter = (index: number): string => OPTION_LETTERS[index] ?? String(index + 1);

/** "Science & Technology" → "science-technology": the category's URL segment. */
export const categorySlug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/&/g, " ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

export const categoryHref = (name: string): string => `/categories/${categorySlug(name)}`;
