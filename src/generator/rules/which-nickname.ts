// A nickname the sentence gives a company, city, state or country in quotes: "shops run by
// Flipkart in recent months, often dubbed the "Indian Walmart"" → "Which company is often dubbed
// the 'Indian Walmart'?"; "Pune, known as the "Oxford of the East"" → "Which city is known as
// the 'Oxford of the East'?". The exam's "Which city is known as ...?".
import type { AnalysedArticle, Candidate, Entity, QuestionType, Rule } from "../types";
import { askable, entityCandidate, typeForEntity } from "./answer";
import { mentionsInSentence } from "./stem";

// Right after the name: an optional short time phrase ("in recent weeks"), a comma, an adverb,
// the naming verb and the quoted nickname.
const NICKNAME =
  /^(?:\s+(?:in|over|for|during)\s+(?:recent|the\s+past|the\s+last)\s+(?:days|weeks|months|years))?,\s+(?:which\s+is\s+)?((?:often|popularly|widely|sometimes|also|commonly)\s+)?(dubbed|nicknamed|known\s+as|called)\s+(the\s+)?["“‘']([^"”’'.,;]{3,40})["”’']/;

/** The noun of "Which ___": what the entity is, or undefined for kinds not asked this way. */
const nounOf = (entity: Entity): string | undefined => {
  if (entity.kind === "organisation") return entity.orgType === "company" ? "company" : undefined;
  if (entity.kind !== "place") return undefined;
  if (entity.placeType === "city") return "city";
  if (entity.placeType === "country") return "country";
  if (entity.placeType === "state") return "state";
  return undefined;
};

// A cheap test before the sentence's mentions are listed: most sentences name no nickname.
const MAYBE = /\b(?:dubbed|nicknamed|known\s+as|called)\s+(?:the\s+)?["“‘']/;

const nicknameRule = (id: string, type: QuestionType, description: string): Rule => ({
  id,
  type,
  description,
  apply: (article: AnalysedArticle, knowledge) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      if (!MAYBE.test(sentence.text)) continue;
      const mentions = mentionsInSentence(article, sentence.index);
      for (const [k, { entity, mention }] of mentions.entries()) {
        const noun = nounOf(entity);
        const kind = typeForEntity(entity);
        if (!noun || kind !== type || !askable(entity, knowledge)) continue;
        const found = NICKNAME.exec(sentence.text.slice(mention.end));
        const quoted = found?.[4];
        if (!found?.[2] || !quoted) continue;
        // Another name before the opening quote would be the one it names.
        const opening = mention.end + found[0].length - quoted.length - 2;
        if (mentions.slice(k + 1).some((m) => m.mention.start < opening)) continue;
        const nickname = quoted.trim();
        // The nickname must not hold the answer: "Amazon of Russia" for Amazon.
        if (nickname.toLowerCase().includes(entity.name.toLowerCase())) continue;
        const verb = found[2].replace(/\s+/g, " ");
        candidates.push(
          entityCandidate(article, sentence, entity, {
            ruleId: id,
            type,
            stem: `Which ${noun} is ${found[1] ?? ""}${verb} ${found[3] ?? ""}‘${nickname}’?`,
            priority: 0.8,
            alsoTrue: [],
          }),
        );
      }
    }
    return candidates;
  },
});

export const whichCompanyNickname = nicknameRule(
  "which-company.nickname",
  "which-company",
  "The company a quoted nickname names: 'often dubbed the \"Russian Amazon\"'",
);
export const whichCountryNickname = nicknameRule(
  "which-country.nickname",
  "which-country",
  "The country a quoted nickname names",
);
export const whereNickname = nicknameRule(
  "where.nickname",
  "where",
  "The city or state a quoted nickname names: 'known as the \"Oxford of the East\"'",
);
