// "<Entity>, <description>," → "Which <kind> is <description>?": "Shanghai, a vital centre for
// South Korean businesses" → "Which Chinese city is a vital centre for South Korean businesses?"
import type { Knowledge } from "../../../questions/types";
import type { AnalysedArticle, Candidate, Entity, Mention, QuestionType, Rule } from "../types";
import { unspelledAcronym } from "./acronym";
import { askable, entityAnswer, sameKindIn, typeForEntity } from "./answer";
import {
  anchorOf,
  hasQuote,
  mentionsInSentence,
  possessive,
  resolvedSpan,
  wordCount,
} from "./stem";

// An acronym in brackets may stand between the name and its apposition: "the Dredging
// Corporation of India (DCI), once the country's sole dredger, ...". "once" marks a description of the past.
const APPOSITION =
  /^(?:\s*\([A-Z]{2,8}\))?,\s+((?:once\s+)?(?:a|an|the|its|their|his|her|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2}[’']s)\s+[^,;:()"“”]+?)\s*(?=,|;|\.\s*$|$)/;
// "The state-owned Shipping Corporation of India": the ownership the article states goes into the
// stem's noun ("Which state-owned Indian company ...?").
const OWNED_BEFORE = /\b(?:the|a)\s+(state-owned|state-run|government-owned|publicly listed)\s+$/i;
const CUT =
  /\s+((crucial|critical|essential|vital|key|important)\s+(for|to|in)|which|that|who|whose|known|used|seen|where|when)\b.*$/;
const POSSESSIVE = /^(its|their|his|her)\s+/i;
const NATIONAL_OFFICE =
  /\b(chief|minister|president|premier|chancellor|secretary|governor|commander|ambassador|envoy|speaker|attorney general|chief justice)$/;

const demonymOf = (knowledge: Knowledge, country: string | undefined): string | undefined =>
  country ? knowledge.countries.find((c) => c.name === country)?.demonyms[0] : undefined;

/** The description after a mention, with a possessive resolved to its owner. */
const descriptionAfter = (
  article: AnalysedArticle,
  knowledge: Knowledge,
  entity: Entity,
  mention: Mention,
): { text: string; owner?: Entity; owned?: string } | undefined => {
  const sentence = article.sentences[mention.sentence];
  if (!sentence) return undefined;
  const owned = OWNED_BEFORE.exec(sentence.text.slice(0, mention.start))?.[1]?.toLowerCase();
  const match = APPOSITION.exec(sentence.text.slice(mention.end));
  if (!match?.[1]) return undefined;
  const start = mention.end + match[0].indexOf(match[1]);
  let text = resolvedSpan(article, sentence, start, start + match[1].length);
  if (!text || hasQuote(text)) return undefined;
  text = text.replace(CUT, "");
  // "Tata Steel, the country's largest private steelmaker": the country is the entity's own.
  const home =
    ("country" in entity ? entity.country : undefined) ??
    knowledge.companies.find((c) => c.name === entity.name)?.country;
  if (/\bthe country[’']s\b/.test(text)) {
    if (!home) return undefined;
    text = text.replace(/\bthe country[’']s\b/, possessive(home));
  }
  // "the vice-president of the club told the BBC": no closing comma, the clause ran on.
  if (/\b(told|said|says|added|tells|stated|wrote|warned|announced)\b/.test(text)) return undefined;
  if (wordCount(text) < 3 || wordCount(text) > 14 || /\b(he|she|it|they|this)\b/i.test(text)) {
    return undefined;
  }
  if (!POSSESSIVE.test(text)) return { text, ...(owned ? { owned } : {}) };
  const owner = mentionsInSentence(article, sentence.index).find(
    (m) =>
      m.mention.start < mention.start && m.entity.id !== entity.id && m.entity.kind !== "person",
  )?.entity;
  if (!owner) return undefined;
  return { text: text.replace(POSSESSIVE, `${possessive(owner.name)} `), owner };
};

// The description's nouns must fit the kind of thing it describes.
const HEADS: Record<string, RegExp> = {
  city: /\b(city|cent(re|er)|hub|capital|port|town|home|site|base|gateway|birthplace|seat|venue|metropolis|district|host)\b/i,
  country:
    /\b(ally|allies|partner|neighbou?r|rival|member|exporter|importer|producer|economy|nation|country|state|supplier|buyer|market|host|destination|adversary|friend)\b/i,
  company:
    /\b(firm|company|maker|manufacturer|leader|giant|producer|supplier|operator|developer|group|conglomerate|brand|start-?up|chipmaker|carmaker|automaker|bank|lender|insurer|retailer|platform|provider|owner|subsidiary|unit|airline|carrier)\b/i,
  organisation:
    /\b(body|organi[sz]ation|agency|bloc|alliance|group|forum|regulator|institution|court|party|union|association|council|authority|watchdog)\b/i,
};

const fits = (entity: Entity, description: string): boolean => {
  if (entity.kind === "person") return true;
  if (entity.kind === "organisation") {
    return (
      (entity.orgType === "company" ? HEADS.company : HEADS.organisation)?.test(description) ??
      false
    );
  }
  return HEADS[entity.placeType]?.test(description) ?? false;
};

// "Japan's treaty ally", "America's closest regional ally": a relation or a judgement, not a
// fact with a news date. A measured one stays: "the largest trading partner", "oldest partner".
const RELATION = /\b(ally|allies|friend|friends|rival|rivals|adversary|foe|enemy)\b/i;
const JUDGEMENT =
  /\b(closest|staunchest|strongest|dearest|truest|most\s+(important|influential|powerful|trusted|reliable|valued|loyal))\b/i;

const DISTINCTIVE =
  /\b(?:[a-z]+est|first|only|sole|top|leader|pioneer|state-(?:run|owned)|government-owned|public-sector|number one)\b|\s\p{Lu}|[’']s\s|\d/u;

const frame = (
  entity: Entity,
  knowledge: Knowledge,
  written: string,
  owned?: string,
): string | undefined => {
  // "once a global leader in ship ownership": the past goes into the verb.
  const once = /^once\s+/.test(written);
  const description = written.replace(/^once\s+/, "");
  const is = once ? "was once" : "is";
  if (!fits(entity, description)) return undefined;
  if (RELATION.test(description) || JUDGEMENT.test(description)) return undefined;
  const own = demonymOf(
    knowledge,
    ("country" in entity ? entity.country : undefined) ??
      knowledge.companies.find((c) => c.name === entity.name)?.country,
  );
  // "Which Japanese company is a leading Japanese maker ...": say the nationality once.
  const homeName =
    ("country" in entity ? entity.country : undefined) ??
    knowledge.companies.find((c) => c.name === entity.name)?.country;
  const named = own && (description.includes(own) || (homeName && description.includes(homeName)));
  const demonym = own && !named ? own : undefined;
  const definite = /^the\s|’s\s/.test(description);
  if (entity.kind === "person") {
    if (!definite) return undefined;
    const body = / of (.+)$/.exec(description)?.[1];
    if (body && unspelledAcronym(knowledge, body)) return undefined;
    // "the army chief" alone does not say of what: add the person's country, or give up.
    if (/^the\s+[a-z][a-z\s-]*$/.test(description)) {
      // Only a national office: "Pakistan's army chief", never "Nepal's expedition leader".
      return entity.nationality && NATIONAL_OFFICE.test(description)
        ? `who is ${possessive(entity.nationality)} ${description.slice(4)}?`
        : undefined;
    }
    return once ? undefined : `who is ${description}?`;
  }
  if (entity.kind === "organisation") {
    // "the engineering and construction group" fits a dozen firms: a company's description must
    // set it apart (a superlative, a first, state ownership, a name or an owner).
    if (entity.orgType === "company" && !DISTINCTIVE.test(description) && !owned) return undefined;
    if (entity.orgType === "company")
      return `which ${owned ? `${owned} ` : ""}${demonym ? `${demonym} ` : ""}company ${is} ${description}?`;
    return definite ? `which organisation ${is} ${description}?` : undefined;
  }
  if (entity.placeType === "country")
    return definite ? `which country ${is} ${description}?` : undefined;
  if (entity.placeType === "city")
    return `which ${demonym ? `${demonym} ` : ""}city ${is} ${description}?`;
  return undefined;
};

const RULE_IDS: Record<QuestionType, string> = {
  who: "who.apposition",
  where: "where.apposition",
  when: "",
  "which-company": "which-company.description",
  "which-organisation": "which-organisation.apposition",
  "which-country": "which-country.apposition",
  "how-many": "",
};

export const appositionRule = (type: QuestionType, priority: number): Rule => ({
  id: RULE_IDS[type],
  type,
  description: `An apposition after a name makes a "which ... is <description>?" stem (${type})`,
  apply: (article, knowledge) => {
    const anchor = anchorOf(article);
    const candidates: Candidate[] = [];
    for (const entity of article.entities) {
      if (typeForEntity(entity) !== type || !askable(entity, knowledge)) continue;
      for (const mention of entity.mentions) {
        const description = descriptionAfter(article, knowledge, entity, mention);
        const sentence = article.sentences[mention.sentence];
        if (!description || !sentence) continue;
        const question = frame(entity, knowledge, description.text, description.owned);
        if (!question) continue;
        // "As of November 2025" fits what is true now, not what was once true.
        const dated = anchor && !/\bwas once\b/.test(question);
        candidates.push({
          ruleId: RULE_IDS[type],
          type,
          stem: dated
            ? `As of ${anchor}, ${question}`
            : question.charAt(0).toUpperCase() + question.slice(1),
          ...entityAnswer(entity),
          sentence,
          reliesOn: description.owner ? [description.owner.id] : [],
          alsoTrue: sameKindIn(article, sentence.index, entity),
          priority,
        });
      }
    }
    return candidates;
  },
});

export const whoApposition = appositionRule("who", 0.85);
export const whereApposition = appositionRule("where", 0.85);
export const companyDescription = appositionRule("which-company", 0.9);
export const organisationApposition = appositionRule("which-organisation", 0.8);
export const countryApposition = appositionRule("which-country", 0.85);
