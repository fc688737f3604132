// "the exercise" in a stem points back into the article; when the article names exactly one
// such thing ("the Malabar naval exercise", one company), the stem can say which.
import { formatDate } from "../dates";
import type { AnalysedArticle, Sentence } from "../types";

const NOUNS = [
  "exercise",
  "drill",
  "summit",
  "festival",
  "tournament",
  "market",
  "mission",
  "operation",
  "campaign",
  "scheme",
  "project",
  "expedition",
  "prize",
  "award",
  "conference",
  "agreement",
  "treaty",
  "accord",
  "pact",
  "initiative",
  "programme",
  "dam",
  "bridge",
  "factory",
  "stadium",
  "airport",
];
// "<Name> [naval|joint ...] exercise": a capitalised name right before the noun.
const NAMED = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])((?:\\p{Lu}[\\p{L}\\p{N}’'&-]*)(?:\\s\\p{Lu}[\\p{L}\\p{N}’'&-]*){0,2})((?:\\s(?:naval|military|joint|annual|international|literary|trade|peace|climate))?)\\s(${NOUNS.join("|")})\\b`,
  "gu",
);
// Capitalised words that open a sentence or a headline are not names of the thing.
const NOT_A_NAME = /^(The|A|An|This|That|Its|Their|His|Her|Our|New|Annual|Joint|Last|Next|First)$/;

const cache = new WeakMap<AnalysedArticle, Map<string, string | undefined>>();

const namedIn = (article: AnalysedArticle): Map<string, string | undefined> => {
  const cached = cache.get(article);
  if (cached) return cached;
  const found = new Map<string, Set<string>>();
  for (const text of [article.title, ...article.sentences.map((s) => s.text)]) {
    for (const match of text.matchAll(NAMED)) {
      const name = (match[1] ?? "").split(" ").filter((w) => !NOT_A_NAME.test(w));
      const noun = match[3] ?? "";
      if (name.length === 0 || !noun) continue;
      const phrase = `${name.join(" ")}${match[2] ?? ""} ${noun}`;
      const names = found.get(noun) ?? new Set<string>();
      // The same name with or without a modifier is one thing: keep the longer phrase.
      const same = [...names].find((p) => p.startsWith(name.join(" ")));
      if (same && same.length >= phrase.length) continue;
      if (same) names.delete(same);
      names.add(phrase);
      found.set(noun, names);
    }
  }
  const referents = new Map<string, string | undefined>();
  for (const [noun, names] of found)
    referents.set(noun, names.size === 1 ? [...names][0] : undefined);
  const companies = article.entities.filter(
    (e) => e.kind === "organisation" && e.orgType === "company",
  );
  if (companies.length === 1) referents.set("company", companies[0]?.name);
  cache.set(article, referents);
  return referents;
};

const DEFINITE = new RegExp(
  `\\b([Tt])he (${[...NOUNS, "company"].join("|")})\\b(?!\\s+(?:of|with|in|on|between|to|for|from|at|by|that|which|who)\\b|-|[’']s\\b)`,
  "g",
);

/** The text with each "the <noun>" the article names exactly once spelt out. */
export const resolveReferents = (article: AnalysedArticle, text: string): string => {
  if (!/\b[Tt]he (\w+)/.test(text)) return text;
  const referents = namedIn(article);
  if (referents.size === 0) return text;
  return text.replace(DEFINITE, (whole, t: string, noun: string) => {
    const referent = referents.get(noun);
    if (!referent) return whole;
    return noun === "company" ? referent : `${t}he ${referent}`;
  });
};

const THIS_SEASON = /\b(?:(in|during|over) )?this (summer|winter|spring|autumn|monsoon)\b/g;

/** "this summer" → "in summer 2026", from the article's date; left alone without one. */
export const resolveSeasons = (article: AnalysedArticle, text: string): string => {
  const year = article.publishedAt?.year;
  if (!year || !text.includes("this ")) return text;
  return text.replace(
    THIS_SEASON,
    (_, preposition: string | undefined, season: string) =>
      `${preposition ?? "in"} ${season} ${year}`,
  );
};

const RECENT_HOURS =
  /\b(?:in|over|during|within) the (?:last|past) (\d+|twenty-four|forty-eight) hours\b/g;

/** "in the last 24 hours" → "in the 24 hours to 31 July 2026", from the article's date. */
export const resolveRecentHours = (article: AnalysedArticle, text: string): string => {
  const date = article.publishedAt;
  if (!date || !/ hours\b/.test(text)) return text;
  return text.replace(RECENT_HOURS, (_, hours: string) => {
    const count = hours === "twenty-four" ? "24" : hours === "forty-eight" ? "48" : hours;
    return `in the ${count} hours to ${formatDate(date, "day")}`;
  });
};

// "After the Abraham Accords were signed, X pushed Saudi Arabia to join the framework": the
// sentence's one named agreement is what "the framework" means.
const NAMED_AGREEMENT =
  /\b((?:[A-Z][\w’'-]*\s){1,3}(?:Accords?|Agreement|Treaty|Pact|Protocol|Convention|Framework))\b/g;
const THE_AGREEMENT =
  /\bthe (framework|deal|pact|accord|accords|agreement|treaty)\b(?!\s+(?:of|on|with|between|to)\b|-)/g;

/** The text with "the framework" spelt out as the agreement its sentence names, when just one. */
export const resolveAgreement = (sentence: Sentence, text: string): string => {
  if (!/\bthe (framework|deal|pact|accords?|agreement|treaty)\b/.test(text)) return text;
  const names = new Set(
    [...sentence.text.matchAll(NAMED_AGREEMENT)].map((m) =>
      (m[1] ?? "").replace(/^(?:The|After|Before|Since|When|Under)\s/, ""),
    ),
  );
  const name = names.size === 1 ? [...names][0] : undefined;
  if (!name || text.includes(name)) return text;
  return text.replace(THE_AGREEMENT, `the ${name}`);
};
