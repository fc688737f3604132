// Marking schemes modelled on Indian exams. Labelled "… style": check official notices before
// quoting any of them as official.
import { type Fraction, fraction, ZERO } from "./fraction";

export const SCHEME_IDS = ["cds", "afcat", "nda", "upsc", "ssc", "practice"] as const;
export type SchemeId = (typeof SCHEME_IDS)[number];

export interface Scheme {
  id: SchemeId;
  label: string;
  correct: Fraction;
  /** Marks for a wrong answer: zero or negative. Blanks always score zero. */
  wrong: Fraction;
}

export const SCHEMES: Readonly<Record<SchemeId, Scheme>> = {
  cds: { id: "cds", label: "CDS style (+1, −1/3)", correct: fraction(1), wrong: fraction(-1, 3) },
  afcat: { id: "afcat", label: "AFCAT style (+3, −1)", correct: fraction(3), wrong: fraction(-1) },
  nda: { id: "nda", label: "NDA style (+4, −4/3)", correct: fraction(4), wrong: fraction(-4, 3) },
  upsc: {
    id: "upsc",
    label: "UPSC style (+2, −2/3)",
    correct: fraction(2),
    wrong: fraction(-2, 3),
  },
  ssc: { id: "ssc", label: "SSC style (+2, −1/2)", correct: fraction(2), wrong: fraction(-1, 2) },
  practice: {
    id: "practice",
    label: "Practice (+1, no negative)",
    correct: fraction(1),
    wrong: ZERO,
  },
};

export const DEFAULT_SCHEME: SchemeId = "cds";

export const isSchemeId = (value: string): value is SchemeId =>
  (SCHEME_IDS as readonly string[]).includes(value);
