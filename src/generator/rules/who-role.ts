// Roles the article states outright make the strongest who-stems:
// "Mahindra Group's managing director, Anish Shah" → "Who is the managing director of
// Mahindra Group?"; "Chinese President Xi Jinping" → "Who is the President of China?".
import { displayTitle } from "../distractors/office-titles";
import type { AnalysedArticle, Candidate, PersonEntity, Rule, Sentence } from "../types";
import { spelledInArticle, unspelledAcronym } from "./acronym";
import { entityAnswer, sameKindIn } from "./answer";
import { anchorOf, fillTemplate, withArticle } from "./stem";

const STALE = /\b(former|ex|late|then|acting|outgoing|interim|deputy|vice)[\s-]+$/i;
// Roles many people hold at once: "who is the officer of X?" has no single answer.
const SHARED_ROLE =
  /\b(officer|official|member|spokesperson|spokesman|spokeswoman|agent|employee|worker|staff|analyst|researcher|adviser|advisor|deputy|vice|assistant|correspondent|reporter|editor|professor|lecturer|student|volunteer|player|associate|fellow|partner|executive|manager|engineer|scientist)\b/i;
const STATE_ROLES = new Set(["head-of-state", "head-of-government", "minister"]);

const people = (article: AnalysedArticle): PersonEntity[] =>
  article.entities.filter((e): e is PersonEntity => e.kind === "person");

/** The first sentence where `phrase` stands within `window` characters of a mention. */
const sentenceWith = (
  article: AnalysedArticle,
  person: PersonEntity,
  phrase: string,
  window: number,
): Sentence | undefined => {
  const lower = phrase.toLowerCase();
  for (const mention of person.mentions) {
    const sentence = article.sentences[mention.sentence];
    if (!sentence) continue;
    const from = Math.max(0, mention.start - window);
    const around = sentence.text.slice(from, mention.end + window).toLowerCase();
    const at = around.indexOf(lower);
    if (at < 0) continue;
    const before = sentence.text.slice(0, from + at);
    if (STALE.test(before)) continue;
    return sentence;
  }
  return undefined;
};

const candidate = (
  article: AnalysedArticle,
  person: PersonEntity,
  sentence: Sentence,
  ruleId: string,
  stem: string,
  reliesOn: string[],
  priority: number,
): Candidate => ({
  ruleId,
  type: "who",
  stem,
  ...entityAnswer(person),
  sentence,
  reliesOn,
  alsoTrue: sameKindIn(article, sentence.index, person),
  priority,
});

export const whoRoleApposition: Rule = {
  id: "who.role-apposition",
  type: "who",
  description: "A person's role in an organisation, stated by apposition or possessive",
  apply: (article, knowledge) => {
    const anchor = anchorOf(article);
    return people(article).flatMap((person) => {
      if (!person.title || !person.affiliation) return [];
      // "WHCA President X" reads as the body the article spells out, or not at all.
      const spelled = unspelledAcronym(knowledge, person.affiliation)
        ? spelledInArticle(article, person.affiliation)
        : person.affiliation;
      if (!spelled) return [];
      if (
        SHARED_ROLE.test(person.title) &&
        // A general manager runs a unit or a region, not the organisation: no exam question.
        !/^(chief|managing|executive|general)\b(?! manager)/i.test(person.title)
      ) {
        return [];
      }
      // The organisation as the article wrote it there: "Serum Institute's chief executive".
      const organisation = article.entities.find((e) => e.name === person.affiliation);
      const sentence =
        sentenceWith(article, person, person.affiliation, 80) ??
        organisation?.mentions
          .map((m) => sentenceWith(article, person, m.text, 80))
          .find((s) => s !== undefined);
      if (!sentence) return [];
      // "Founder He Xiaopeng" opens a sentence: the stem says "the founder of XPeng".
      const business = person.role === "business-leader" && !/^\p{Lu}{2,}$/u.test(person.title);
      const slots = {
        anchor: anchor ?? "",
        role: business ? person.title.toLowerCase() : person.title,
        organisation: withArticle(spelled),
      };
      const stem = anchor
        ? fillTemplate("who.role-apposition", slots)
        : fillTemplate("who.role-apposition.undated", slots);
      return [
        candidate(
          article,
          person,
          sentence,
          "who.role-apposition",
          stem,
          [person.affiliation],
          0.9,
        ),
      ];
    });
  },
};

export const whoRoleCountry: Rule = {
  id: "who.role-country",
  type: "who",
  description: "A head of state, head of government or minister named with title and nationality",
  apply: (article, knowledge) => {
    const anchor = anchorOf(article);
    return people(article).flatMap((person) => {
      if (!person.title || !person.nationality || person.affiliation) return [];
      // A crown prince is one per monarchy: "Saudi Crown Prince X" asks like a head of state.
      const heir = /^Crown Prince$/i.test(person.title);
      if (!heir && (!person.role || !STATE_ROLES.has(person.role))) return [];
      const sentence = sentenceWith(article, person, person.title, 40);
      if (!sentence) return [];
      const slots = {
        anchor: anchor ?? "",
        // "Union Health Minister" of India is its Health Minister.
        role: displayTitle(
          knowledge,
          person.nationality === "India" ? person.title.replace(/^Union\s+/, "") : person.title,
        ),
        country: withArticle(person.nationality),
      };
      const stem = anchor
        ? fillTemplate("who.role-country", slots)
        : fillTemplate("who.role-country.undated", slots);
      // "Who is the President of the United States?" tests nothing: ranked below the article's
      // other questions, so one about what the article says of them wins its answer.
      const familiar = knowledge.officeHolders.some(
        (h) => h.familiar && (h.name === person.name || h.aliases?.includes(person.name)),
      );
      const priority = familiar ? 0.75 : 0.85;
      return [
        candidate(
          article,
          person,
          sentence,
          "who.role-country",
          stem,
          [person.nationality],
          priority,
        ),
      ];
    });
  },
};
