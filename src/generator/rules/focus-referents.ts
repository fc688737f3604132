// "the country", "the government", "the capital" spelt out when the article is plainly about one
// country (see focus.ts) and the sentence names no other: "across the country" → "across Japan".
import type { AnalysedArticle, Sentence } from "../types";

const COUNTRY_REF =
  /\b([Tt])he (?:country|nation)(?:([’'])s\b|\b(?![’'-]|\s+(?:of|that|which|who)\b))/g;
const GOVERNMENT_REF = /\b([Tt])he government\b(?![’'-]|\s+(?:of|in)\b)/g;
const CAPITAL_REF =
  /\b[Tt]he capital(?: city)?(?:([’'])s)?\b(?![’'-]|\s+(?:of|in|region|punishment)\b)/g;

const NEEDS_THE = /^(United\s|Czech Republic|Netherlands|Philippines|Maldives|Bahamas|Gambia)/;

/** The country as it stands where "the country" stood: "the Philippines", "Japan". */
const phrase = (name: string, t: string): string =>
  NEEDS_THE.test(name) ? `${t}he ${name}` : name;

/** Whether the sentence names a place of the given type other than `name`. */
const namesOther = (
  article: AnalysedArticle,
  sentence: Sentence,
  types: readonly string[],
  name: string,
): boolean =>
  article.entities.some(
    (e) =>
      e.kind === "place" &&
      types.includes(e.placeType) &&
      e.name !== name &&
      e.mentions.some((m) => m.sentence === sentence.index),
  );

export const resolveFocus = (
  article: AnalysedArticle,
  sentence: Sentence,
  text: string,
): string => {
  const focus = article.focus;
  if (!focus || !/\b[Tt]he (country|nation|government|capital)\b/.test(text)) return text;
  let resolved = text;
  const { country, demonym, capital } = focus;
  // A sentence that names the country itself says "the country" of that mention: the checks
  // read it against the blank or the answer instead.
  if (
    country &&
    !namesOther(article, sentence, ["country", "state"], country) &&
    !namesOther(article, sentence, ["country"], "")
  ) {
    resolved = resolved.replace(COUNTRY_REF, (_, t: string, apostrophe: string | undefined) => {
      const name = phrase(country, t);
      if (!apostrophe) return name;
      return /s$/.test(name) ? `${name}${apostrophe}` : `${name}${apostrophe}s`;
    });
    if (demonym)
      resolved = resolved.replace(GOVERNMENT_REF, (_, t: string) => `${t}he ${demonym} government`);
  }
  if (capital && !namesOther(article, sentence, ["city"], capital)) {
    resolved = resolved.replace(CAPITAL_REF, (_, apostrophe: string | undefined) =>
      apostrophe ? `${capital}${apostrophe}${/s$/.test(capital) ? "" : "s"}` : capital,
    );
  }
  return resolved;
};
