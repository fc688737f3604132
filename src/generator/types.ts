// The generator's public and inter-stage types. Expected outcomes are values, not exceptions.
import type {
  OrganisationType,
  PersonRole,
  Sector,
  WaterBodyType,
  WorldRegion,
} from "../../questions/types";

export type QuestionType =
  | "who"
  | "where"
  | "when"
  | "which-company"
  | "which-organisation"
  | "which-country"
  | "how-many";

/** What callers hand the generator. `publishedAt` is an ISO date (YYYY-MM-DD or full ISO). */
export interface ArticleInput {
  title: string;
  body: string;
  publishedAt?: string;
  sourceUrl?: string;
}

/** A calendar date of known granularity; month 1-12. */
export interface CalendarDate {
  year: number;
  month?: number;
  day?: number;
}
export type DateGranularity = "day" | "month" | "year";

// ---------- stage 1: cleaning ----------
export interface RemovedBlock {
  text: string;
  reason: string; // e.g. "repeated-headline", "teaser", "footer:ssbcrack", "also-read"
}
export interface CleanArticle {
  title: string;
  paragraphs: string[];
  removed: RemovedBlock[];
}

// ---------- stage 2: sentences ----------
export interface Sentence {
  index: number; // 0-based over the whole article
  paragraph: number; // 0-based paragraph index
  text: string; // exactly as it stands in the cleaned paragraph
}

// ---------- stage 3: entities, dates, quantities ----------
/** Where an entity is mentioned: character offsets within `Sentence.text`. */
export interface Mention {
  sentence: number;
  start: number;
  end: number;
  text: string;
}

export type PlaceType =
  | "country"
  | "city"
  | "state" // Indian state / union territory, or a state/province elsewhere
  | WaterBodyType
  | "island"
  | "mountain"
  | "range" // a mountain range: "Karakoram"
  | "glacier"
  | "stadium"
  | "region";

export interface PersonEntity {
  kind: "person";
  id: string; // stable within one article, e.g. "person:lee-jae-myung"
  name: string; // full name as the article first gives it: "Lee Jae Myung"
  aliases: string[]; // surname and other short forms used later: "Lee"
  role?: PersonRole;
  /** Role phrase as written: "executive chair", "President", "Premier". */
  title?: string;
  /** Organisation the role belongs to: "Hyundai Motor Group". */
  affiliation?: string;
  /** Country.name from a demonym or title: "South Korea". */
  nationality?: string;
  mentions: Mention[];
}

export interface PlaceEntity {
  kind: "place";
  id: string;
  name: string; // canonical gazetteer name where known
  placeType: PlaceType;
  country?: string; // for cities/states
  region?: WorldRegion | "Global";
  mentions: Mention[];
}

export interface OrganisationEntity {
  kind: "organisation";
  id: string;
  name: string; // canonical name where known: "Samsung Electronics"
  /** "company" or an Organisation type from the gazetteer. */
  orgType: "company" | OrganisationType | "other";
  sector?: Sector;
  country?: string;
  /** Descriptive phrase the article attaches: "a leader in memory chip production". */
  description?: string;
  mentions: Mention[];
}

export type Entity = PersonEntity | PlaceEntity | OrganisationEntity;

export interface DateMention {
  sentence: number;
  start: number;
  end: number;
  text: string; // "on Sunday", "last November", "in 2019"
  date: CalendarDate;
  granularity: DateGranularity;
  /** True when the text was relative ("on Sunday") and resolved against the published date. */
  relative: boolean;
}

export interface QuantityMention {
  sentence: number;
  start: number;
  end: number;
  text: string; // "four-day", "six years", "at least 27"
  value: number;
  unit: string; // singular noun: "day", "year", "person", "" when bare
  /** How the article wrote the number, so distractors use the same format. */
  format: "digits" | "words";
  /** "at least", "about", "more than" qualifiers make a number an unsafe answer. */
  approximate: boolean;
  /** Scale word the article wrote ("crore", "million"): `value` is the full number, so the
   * written figure is value / that scale ("Rs 500 crore" -> value 5e9, unit "rupee"). */
  scale?: string;
}

/** What "the country", "the government" and "the capital" mean in this article, when plain. */
export interface ArticleFocus {
  country?: string; // Country.name
  demonym?: string; // "Japanese"
  capital?: string; // City.name
}

/** Everything the rules see. */
export interface AnalysedArticle {
  title: string;
  publishedAt?: CalendarDate & { day: number; month: number };
  sentences: Sentence[];
  entities: Entity[];
  dates: DateMention[];
  quantities: QuantityMention[];
  /** sentence index -> person id a leading pronoun (he/she) in that sentence refers to. */
  pronouns: Map<number, string>;
  focus?: ArticleFocus;
}

// ---------- stage 4: candidates, options, checks ----------
export type AnswerKind =
  | { kind: "entity"; entity: Entity }
  | { kind: "date"; date: DateMention }
  | { kind: "quantity"; quantity: QuantityMention };

/** What a rule proposes before distractors and checks. */
export interface Candidate {
  ruleId: string;
  type: QuestionType;
  stem: string;
  answer: string; // the option text of the correct answer
  answerKind: AnswerKind;
  sentence: Sentence;
  /** Entities and dates the stem relies on (traceability). */
  reliesOn: string[];
  /** Answers that would also be true for this stem: never offered as distractors. */
  alsoTrue: string[];
  /** Rule's own confidence / exam value, 0..1, used in ranking. */
  priority: number;
  /** A figure the stem itself gives that numeric options must stay beyond: "from 36 hours to
   * how many?" after an increase takes options above 36, some of them between 36 and the answer. */
  beyond?: number;
}

export interface Question {
  type: QuestionType;
  stem: string;
  options: string[]; // exactly 4
  answerIndex: number; // 0..3
  answer: string;
  explanation: string; // the source sentence as it stands in the cleaned article
  sentenceIndex: number;
  ruleId: string;
  /** The article's published date the question is "as of" (YYYY-MM-DD), when known. */
  asOf?: string;
  /** Ids / texts of entities and dates the question relied on. */
  entities: string[];
  score: number;
}

export const REJECT_REASONS = [
  "no-distractors", // fewer than 3 distractors of the answer's type
  "answer-in-stem",
  "unresolved-pronoun",
  "relative-time",
  "options-not-distinct",
  "options-nested",
  "type-mismatch",
  "answer-not-in-article",
  "explanation-not-in-article",
  "duplicate-answer", // another question already has this answer
  "gives-away-another", // a better question from the same sentence holds this answer, or vice versa
  "stem-malformed",
  "stem-too-long",
  "approximate-number",
  "option-all-none", // an option such as "All of the above" / "None of the above"
  "ranked-out", // passed the checks but not kept (limit / spread)
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export interface Rejected {
  ruleId: string;
  reason: RejectReason;
  stem: string;
  answer: string;
  sentenceIndex: number;
  detail?: string;
}

export interface GenerationResult {
  questions: Question[];
  rejected: Rejected[];
}

/** Entities of other stored articles, offered as extra distractors. */
export interface EntityPool {
  people: PersonEntity[];
  places: PlaceEntity[];
  organisations: OrganisationEntity[];
}

/** A seeded random source: returns a float in [0, 1). */
export type Random = () => number;

/** A question rule: returns the candidates it finds (an empty list when it does not apply). */
export interface Rule {
  id: string; // stable, stored with every question: "who.title-name"
  type: QuestionType;
  description: string;
  /** A fallback rule's candidates are used only for sentences no other rule made a question of. */
  fallback?: boolean;
  apply(
    article: AnalysedArticle,
    knowledge: import("../../questions/types").Knowledge,
  ): Candidate[];
}

export interface GenerateOptions {
  /** Seed for option shuffling and distractor choice; default derives from the article text. */
  seed?: number | string;
  /** Published date to use when the article has none (YYYY-MM-DD). */
  referenceDate?: string;
  /** Questions kept per article (default 12). */
  maxQuestions?: number;
  knowledge?: import("../../questions/types").Knowledge;
  rules?: readonly Rule[];
  /** Entities from other stored articles, for distractors. */
  pool?: EntityPool;
}
