// Where a blank may not go: inside a list ("Chicago and Grand Rapids in ____"), after a dash that
// elaborates an unnamed clause, or where the rest of the sentence gives it away (a city of the
// answer country, a Chinese name beside "____'s top literary honours", "Beijing has warned").
import { CHINESE_SURNAMES, KOREAN_SURNAMES } from "../../../questions/name-origins";
import type { Knowledge } from "../../../questions/types";
import type { AnalysedArticle, Entity, Mention } from "../types";
import { mentionsInSentence } from "./stem";

/** Whether the blank at [start, end) of `text` sits in a list or an elaboration. */
export const blankInList = (text: string, start: number, end: number): boolean => {
  const before = text.slice(0, start);
  const after = text.slice(end);
  // "including Chicago and Grand Rapids in ____, Pittsburgh in ...": one of several examples.
  const example = /\b(including|such as)\b([^;:–—]*)$/i.exec(before);
  if (example && /,|\band\b|\bor\b/.test(example[2] ?? "")) return true;
  if (example && /^\s*(?:,\s+(?!who\b|which\b|where\b|whose\b)|\s+(?:and|or)\s)/.test(after))
    return true;
  // "strong support for ____ and the war in Iran": one of two coordinated things.
  if (/^\s+(and|or|&)\s/.test(after) || /\s(and|or|&)\s+(the\s+)?$/.test(before)) return true;
  // "the US southern border, the killing of ____'s commander and the appointment of judges".
  if (/,\s+(?:the|a|an)\s[^,;]*$/.test(before) && /^[^,;.]*\band\s+(?:the|a|an)\s/.test(after))
    return true;
  // "Successive host cities have dropped out – ____ replaced Durban": the dash explains a clause
  // whose subject is never named.
  return /\s[–—-]\s|;\s/.test(before);
};

const ownerCountries = (knowledge: Knowledge, entity: Entity): string[] => {
  if (entity.kind === "place") {
    const city = knowledge.cities.find((c) => c.name === entity.name);
    const region = knowledge.regions.find((r) => r.name === entity.name);
    return [entity.country, city?.country, region?.country, ...(region?.alsoIn ?? [])].filter(
      (c): c is string => c !== undefined && c !== entity.name,
    );
  }
  if (entity.kind === "person") {
    const origin = nameOrigin(entity.name);
    return [entity.nationality, ...origin].filter((c): c is string => c !== undefined);
  }
  return [];
};

/** Countries a name in Chinese or Korean order points to ("Wang Jibing", "Kim Yong-chol"). */
const nameOrigin = (name: string): string[] => {
  const words = name.split(/\s+/);
  const family = words[0] ?? "";
  if (words.length < 2 || words.length > 3) return [];
  if (CHINESE_SURNAMES.includes(family)) return ["China", "Taiwan"];
  if (KOREAN_SURNAMES.includes(family)) return ["South Korea", "North Korea"];
  return [];
};

/**
 * Whether the rest of the sentence gives the blanked place away: another name in the stem lies in
 * the answer (a city or province of the answer country, a person of its nationality), or, for a
 * province, names a city of the same country; or a capital stands for its government at the start.
 */
export const placeGivenAway = (
  article: AnalysedArticle,
  knowledge: Knowledge,
  sentenceIndex: number,
  blank: { entity: Entity; mention: Mention },
  span: { from: number; to: number },
): boolean => {
  const answer = blank.entity;
  if (answer.kind !== "place") return false;
  const others = mentionsInSentence(article, sentenceIndex).filter(
    (m) => m.entity.id !== answer.id && m.mention.start >= span.from && m.mention.end <= span.to,
  );
  if (answer.placeType === "country") {
    return others.some((m) => ownerCountries(knowledge, m.entity).includes(answer.name));
  }
  const country = answer.country ?? knowledge.regions.find((r) => r.name === answer.name)?.country;
  if (answer.placeType === "state" && country) {
    // "fires in northwestern ____ ... across Thunder Bay and Toronto": the cities lie in it.
    return others.some(
      (m) =>
        m.entity.kind === "place" &&
        m.entity.placeType === "city" &&
        ownerCountries(knowledge, m.entity).includes(country),
    );
  }
  if (answer.placeType === "city") {
    // "____ has warned that ...": the capital is its government, and only a capital can warn.
    const capital = knowledge.countries.some((c) => c.capital === answer.name);
    return capital && blank.mention.start === span.from;
  }
  return false;
};
