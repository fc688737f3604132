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

export const gamesOf = (article: AnalysedArticle): string | undefined => {
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

// "an ICC World Cup", "the FIFA World Cup", "the Asia Cup": a named tournament.
const NAMED_CUP =
  /\b((?:(?:ICC|FIFA|AFC|UEFA|FIH|Hockey|Rugby|Cricket|T20|ODI|Asia|Asian|Champions)\s+)*(?:Women[’']s\s+|Men[’']s\s+)?(?:T20\s+)?(?:World Cup|Asia Cup|Champions Trophy))\b/g;
// "world champions in women's cricket", "the women's team": the Cup is the women's one.
const WOMEN = /\bwomen[’']s\s+(?:cricket|team|side|world|football|hockey|game)\b/i;
const MEN = /\bmen[’']s\s+(?:cricket|team|side|world|football|hockey|game)\b/i;
const cupCache = new WeakMap<AnalysedArticle, string | undefined>();

/** The one tournament the article names, with "Women's" when the article is plainly about it. */
export const tournamentOf = (article: AnalysedArticle): string | undefined => {
  if (cupCache.has(article)) return cupCache.get(article);
  const texts = [article.title, ...article.sentences.map((s) => s.text)];
  const names = new Map<string, string>();
  for (const text of texts) {
    for (const match of text.matchAll(NAMED_CUP)) {
      const name = (match[1] ?? "").replace(/’/g, "'");
      // "World Cup" and "ICC World Cup" are one Cup: keep the longer name.
      const key = name.replace(
        /^(?:\S+\s+)*?(?=(?:Women's\s+|Men's\s+)?(?:T20\s+)?(?:World Cup|Asia Cup|Champions Trophy))/,
        "",
      );
      const known = names.get(key);
      if (!known || known.length < name.length) names.set(key, name);
    }
  }
  let cup = names.size === 1 ? [...names.values()][0] : undefined;
  const all = texts.join(" ");
  // The headline decides ("Women's world: ..."); else the body, when it speaks only of women.
  const women =
    /\bwom[ae]n\b|\bwomen[’']s\b/i.test(article.title) || (WOMEN.test(all) && !MEN.test(all));
  if (cup && !/Women's|Men's/.test(cup) && women)
    cup = cup.replace(/(?=(?:T20\s+)?(?:World Cup|Asia Cup|Champions Trophy)$)/, "Women's ");
  cupCache.set(article, cup);
  return cup;
};

// "the final", "a high-stakes final", "the semifinal": a stage of the article's one tournament.
const STAGE =
  /\b(?:[Tt]he|[Aa])\s+(?:[\w-]+\s+)?(final|semifinal|semi-final|quarterfinal)\b(?!\s+of\b|[’'-])/g;

/** "the ICC Women's World Cup final" for a stage the sentence names, when the article has one Cup. */
export const stageOf = (article: AnalysedArticle, text: string): string | undefined => {
  const stage = /\b(final|semifinal|semi-final|quarterfinal)\b/i.exec(text)?.[1]?.toLowerCase();
  const cup = stage ? tournamentOf(article) : undefined;
  return cup && stage ? `the ${cup} ${stage}` : undefined;
};

// "Glasgow 2026": a host city and year standing for the article's one Games.
const BRAND = /^(?:the\s+)?([A-Z][a-z]+)\s+((?:19|20)\d{2})$/;

/** "Glasgow 2026" → "the 2026 Commonwealth Games in Glasgow", when the article has one Games. */
export const brandedEvent = (article: AnalysedArticle, name: string): string | undefined => {
  const brand = BRAND.exec(name);
  if (!brand?.[1] || !brand[2]) return undefined;
  const city = article.entities.some(
    (e) => e.kind === "place" && e.placeType === "city" && e.name === brand[1],
  );
  const games = city ? gamesOf(article) : undefined;
  return games ? `the ${brand[2]} ${games} in ${brand[1]}` : undefined;
};

/** The text with "the kingdom", "the Games" and "the final" spelt out as the article's one such. */
export const resolveCountryReferents = (article: AnalysedArticle, text: string): string => {
  let resolved = text;
  const kingdom = /\b[Tt]he kingdom\b/.test(text) ? kingdomOf(article) : undefined;
  if (kingdom) resolved = resolved.replace(THE_KINGDOM, (_w, a?: string) => spelt(kingdom, a));
  const games = /\bthe Games\b/.test(resolved) ? gamesOf(article) : undefined;
  if (games) resolved = resolved.replace(/\bthe Games\b/g, `the ${games}`);
  const cup = /\b(final|semifinal|semi-final|quarterfinal)\b/.test(resolved)
    ? tournamentOf(article)
    : undefined;
  if (cup) resolved = resolved.replace(STAGE, (_w, stage: string) => `the ${cup} ${stage}`);
  return resolved;
};
