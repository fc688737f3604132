// Looks up event verbs from the lexicon in questions/templates by any of their forms.
import { AUXILIARIES, EVENT_VERBS } from "../../../questions/templates";

export type VerbForm = "base" | "third" | "past" | "participle" | "copula";

export interface VerbMatch {
  base: string;
  form: VerbForm;
  text: string;
}

const thirdPerson = (base: string): string => {
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  if (/(s|sh|ch|x|z|o)$/.test(base)) return `${base}es`;
  return `${base}s`;
};

const FORMS = new Map<string, { base: string; forms: VerbForm[] }>();
const addForm = (word: string, base: string, form: VerbForm) => {
  const entry = FORMS.get(word) ?? { base, forms: [] };
  entry.forms.push(form);
  FORMS.set(word, entry);
};
for (const [base, past, participle] of EVENT_VERBS) {
  addForm(base, base, "base");
  addForm(thirdPerson(base), base, "third");
  addForm(past, base, "past");
  if (participle !== past) addForm(participle, base, "participle");
  else FORMS.get(participle)?.forms.push("participle");
}

/** The event verb a word is a form of, preferring the past reading of ambiguous forms. */
export const eventVerb = (word: string): VerbMatch | undefined => {
  const entry = FORMS.get(word.toLowerCase());
  if (!entry) return undefined;
  const order: VerbForm[] = ["past", "third", "base", "participle"];
  const form = order.find((f) => entry.forms.includes(f)) ?? "base";
  return { base: entry.base, form, text: word };
};

export const participleOf = (base: string): string =>
  EVENT_VERBS.find(([b]) => b === base)?.[2] ?? `${base}ed`;

/** Auxiliaries longest first, so "has been" wins over "has". */
export const AUXILIARIES_LONGEST_FIRST = [...AUXILIARIES].sort((a, b) => b.length - a.length);

const COPULAS = new Set(["is", "are", "was", "were", "remains", "remained"]);

/** "is", "was", "remains": the verb of "X is the largest producer of Y". */
export const copula = (word: string): VerbMatch | undefined =>
  COPULAS.has(word) ? { base: "be", form: "copula", text: word } : undefined;
