// "the kingdom's consulate" in a piece about one kingdom, "the Games" in a piece about the
// Commonwealth Games: the stem can say which. ("the capital" is focus-referents.ts.)
import { countries, kingdoms } from "../../../questions/countries";
import type { AnalysedArticle } from "../types";

const KINGDOMS = new Set(kingdoms);
// "a Saudi dissident" names the kingdom as surely as "Saudi Arabia" does.
const DEMONYMS = countries
  .filter((c) => KINGDOMS.has(c.name))
  .map((c) => ({ name: c.name, pattern: new RegExp(`\\b(?:${c.demonyms.join("|")})\\b`) }));
// The two kingdoms whose names take "the" mid-sentence.
const WITH_THE = new Set(["United Kingdom", "Netherlands"]);
const phrase = (name: string): string => (WITH_THE.has(name) ? `the ${name}` : name);
const cache = new WeakMap<AnalysedArticle, string | undefined>();

/** The one kingdom the article names, or undefined when it names none or several. */
const kingdomOf = (article: AnalysedArticle): string | undefined => {
  if (cache.has(article)) return cache.get(article);
  const named = new Set<string>();
  for (const entity of article.entities) {
    if (entity.kind === "place" && entity.placeType === "country" && KINGDOMS.has(entity.name))
      named.add(entity.name);
    if (entity.kind === "person" && entity.nationality && KINGDOMS.has(entity.nationality))
      named.add(entity.nationality);
  }
  for (const { name, pattern } of DEMONYMS) {
    if (article.sentences.some((s) => pattern.test(s.text))) named.add(name);
  }
  const kingdom = named.size === 1 ? [...named][0] : undefined;
  cache.set(article, kingdom);
  return kingdom;
};

// "the kingdom" as a noun phrase of its own, not "the kingdom of ..." or "the Kingdom Tower".
const THE_KINGDOM = /\b[Tt]he kingdom(?:([’'])s)?\b(?!\s+(?:of|in)\b)/g;

const spelt = (name: string, apostrophe: string | undefined): string =>
  apostrophe ? `${phrase(name)}’${/s$/.test(name) ? "" : "s"}` : phrase(name);

// "the Commonwealth Games", "the Asian Games": the one named Games of the article.
const NAMED_GAMES = /\b((?:[A-Z][\w-]*\s){1,2})Games\b/g;
const gamesCache = new WeakMap<AnalysedArticle, string | undefined>();

const gamesOf = (article: AnalysedArticle): string | undefined => {
  if (gamesCache.has(article)) return gamesCache.get(article);
  const names = new Set<string>();
  for (const text of [article.title, ...article.sentences.map((s) => s.text)]) {
    for (const match of text.matchAll(NAMED_GAMES)) {
      const name = (match[1] ?? "").trim().replace(/^(The|Its|Their|Maiden)\s/, "");
      if (name && !/^(The|Its|Their|Maiden)$/.test(name)) names.add(`${name} Games`);
    }
  }
  const only = names.size === 1 ? [...names][0] : undefined;
  gamesCache.set(article, only);
  return only;
};

/** The text with "the kingdom" and "the Games" spelt out as the article's one such thing. */
export const resolveCountryReferents = (article: AnalysedArticle, text: string): string => {
  let resolved = text;
  const kingdom = /\b[Tt]he kingdom\b/.test(text) ? kingdomOf(article) : undefined;
  if (kingdom) resolved = resolved.replace(THE_KINGDOM, (_w, a?: string) => spelt(kingdom, a));
  const games = /\bthe Games\b/.test(resolved) ? gamesOf(article) : undefined;
  if (games) resolved = resolved.replace(/\bthe Games\b/g, `the ${games}`);
  return resolved;
};
