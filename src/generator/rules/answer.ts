// How an answer reads as an option, and which question type an entity answers.
import type { Knowledge } from "../../../questions/types";
import { formatDate } from "../dates";
import { figureText } from "../distractors/numbers";
import type {
  AnalysedArticle,
  AnswerKind,
  Candidate,
  DateMention,
  Entity,
  QuantityMention,
  QuestionType,
  Sentence,
} from "../types";

export const entityAnswer = (entity: Entity): { answer: string; answerKind: AnswerKind } => ({
  answer: entity.name,
  answerKind: { kind: "entity", entity },
});

export const dateAnswer = (date: DateMention): { answer: string; answerKind: AnswerKind } => ({
  answer: formatDate(date.date, date.granularity),
  answerKind: { kind: "date", date },
});

export const quantityAnswer = (
  quantity: QuantityMention,
): { answer: string; answerKind: AnswerKind } => ({
  answer: figureText(quantity),
  answerKind: { kind: "quantity", quantity },
});

const GLUED_VERB = /\p{Ll}(will|would|said|says|has|had|was)$/u;

/**
 * Whether an entity can be an answer at all: places that are not full states (Taiwan, Kosovo,
 * territories) are not asked as "which country", to keep keys uncontroversial; nor are regions.
 */
export const askable = (entity: Entity, knowledge: Knowledge): boolean => {
  // A person the article gives no role or title (a witness, a resident) is not exam material.
  // A verb glued to a surname in the source ("Pedro Sánchezwill") is an extraction slip.
  if (entity.kind === "person" && GLUED_VERB.test(entity.name)) return false;
  if (entity.kind === "person") return Boolean(entity.role || entity.title);
  if (entity.kind !== "place") return true;
  // Named regions ("Karakoram", "Western Europe") have no distractors of the same kind.
  if (entity.placeType === "region") return false;
  if (entity.placeType !== "country") return true;
  return !knowledge.countries.find((c) => c.name === entity.name)?.status;
};

/** The question type an entity answers, or undefined for kinds no rule asks about. */
export const typeForEntity = (entity: Entity): QuestionType | undefined => {
  if (entity.kind === "person") return "who";
  if (entity.kind === "place") return entity.placeType === "country" ? "which-country" : "where";
  if (entity.orgType === "company") return "which-company";
  if (entity.orgType === "other") return undefined;
  return "which-organisation";
};

export const entityById = (article: AnalysedArticle, id: string): Entity | undefined =>
  article.entities.find((e) => e.id === id);

/** Names of other entities of the same kind in a sentence: possibly also true answers. */
export const sameKindIn = (
  article: AnalysedArticle,
  sentenceIndex: number,
  answer: Entity,
): string[] =>
  article.entities
    .filter(
      (e) =>
        e.id !== answer.id &&
        e.kind === answer.kind &&
        e.mentions.some((m) => m.sentence === sentenceIndex),
    )
    .map((e) => e.name);

export const PLURAL_UNITS: Readonly<Record<string, string>> = {
  person: "people",
  child: "children",
  man: "men",
  woman: "women",
  country: "countries",
  city: "cities",
  century: "centuries",
  casualty: "casualties",
  facility: "facilities",
  company: "companies",
};

export const pluralUnit = (unit: string): string => {
  const known = PLURAL_UNITS[unit];
  if (known) return known;
  if (/(wo)?man$/.test(unit)) return `${unit.slice(0, -3)}men`;
  if (/[^aeiou]y$/.test(unit)) return `${unit.slice(0, -1)}ies`;
  if (/(s|sh|ch|x)$/.test(unit)) return `${unit}es`;
  return `${unit}s`;
};

/**
 * A candidate whose answer is an entity of the sentence: the shape most rules build. Other
 * entities of the same kind in the sentence are "also true" unless `alsoTrue` says otherwise.
 */
export const entityCandidate = (
  article: AnalysedArticle,
  sentence: Sentence,
  entity: Entity,
  fields: {
    ruleId: string;
    type: QuestionType;
    stem: string;
    priority: number;
    alsoTrue?: string[];
  },
): Candidate => ({
  ruleId: fields.ruleId,
  type: fields.type,
  stem: fields.stem,
  ...entityAnswer(entity),
  sentence,
  reliesOn: [],
  alsoTrue: fields.alsoTrue ?? sameKindIn(article, sentence.index, entity),
  priority: fields.priority,
});
