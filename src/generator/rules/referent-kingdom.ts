// "the kingdom's consulate" in a piece about one kingdom: the stem can say which kingdom.
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

/** The text with "the kingdom" / "the kingdom's" spelt out as the article's one kingdom. */
export const resolveKingdom = (article: AnalysedArticle, text: string): string => {
  if (!/\b[Tt]he kingdom\b/.test(text)) return text;
  const kingdom = kingdomOf(article);
  if (!kingdom) return text;
  return text.replace(THE_KINGDOM, (_whole, apostrophe: string | undefined) =>
    apostrophe ? `${phrase(kingdom)}’${/s$/.test(kingdom) ? "" : "s"}` : phrase(kingdom),
  );
};
