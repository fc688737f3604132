// Checks on the stem alone: shape, length, self-containedness (checks 1, 2 and 8).
import type { RejectReason } from "../types";

export interface Failure {
  reason: RejectReason;
  detail?: string;
}

export const MAX_STEM_WORDS = 35;
const BLANK = "____";

const WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const RELATIVE_TIME = new RegExp(
  [
    `\\b(${WEEKDAY})\\b`,
    "\\b(yesterday|today|tomorrow|tonight)\\b",
    // "overnight on 3 August 2026" is dated; a bare "overnight" is not.
    "\\bovernight\\b(?!\\s+(?:on|in|of)\\s+(?:\\d{1,2}\\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s+\\d{4}\\b)",
    "\\b(last|next|this|coming|previous|following)\\s+(week|weekend|month|year|morning|afternoon|evening|night|day|season|decade|january|february|march|april|may|june|july|august|september|october|november|december)\\b",
    "\\b(earlier|later)\\s+this\\b",
    // "the next Asian Games", "the last World Cup": an edition counted from the day of writing.
    "\\bthe\\s+(?:next|last|previous|upcoming|coming)\\s+(?:[A-Z][\\w-]*\\s+)*(?:Games|Olympics|World Cup|Cup|Championships?|edition|summit|elections?)\\b",
    // "that year", "the same day": a time the stem cannot date.
    "\\b(that|the same)\\s+(year|month|week|day|night|morning|evening|weekend|summer|winter)\\b",
    "\\b(days?|weeks?|months?|years?)\\s+ago\\b",
    "\\b(?:the\\s+)?(?:next|past|last|coming|previous)\\s+(?:few|two|three|several)\\s+(?:days|weeks|months|years)\\b",
    "\\bthe\\s+(previous|following|next)\\s+day\\b",
    // "in the last 24 hours", "over the past 10 days": counted back from the day of writing.
    "\\b(?:the\\s+)?(?:next|past|last|coming|previous)\\s+(?:\\d+|____)\\s+(?:hours|days|weeks|months|years)\\b",
    "\\b(?:in|over)\\s+recent\\s+(?:days|weeks|months|years)\\b|\\b(?:the\\s+)?(?:past|last)\\s+decade\\b",
    "\\bfor\\s+(?:a\\s+few|the\\s+time\\s+being)\\b",
    // "is currently the worst", "have now returned", "are still battling": true on the day only.
    "\\b(?:currently|presently|nowadays|now|still)\\b(?!-)",
    "\\b(?:at\\s+present|at\\s+the\\s+moment|these\\s+days|so\\s+far)\\b",
    "\\b(?:the\\s+)?current\\s+(?:financial|fiscal|academic|calendar)\\s+year\\b",
    // "the latest weekly data", "in the seven days from 6-12 July": as of the day of writing.
    "\\bthe\\s+latest\\b",
    "\\b\\d{1,2}\\s*[-–]\\s*\\d{1,2}\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b(?!,?\\s+\\d{4})",
    // "At that point, ...": a time the stem no longer names.
    "\\bat\\s+(?:that|this)\\s+(?:point|time|stage)\\b|\\bat\\s+the\\s+time\\b(?!\\s+of\\b)",
  ].join("|"),
  "i",
);
const UNRESOLVED =
  /\b([Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Hh]im|[Tt]hem|[Tt]his|[Tt]hese|[Tt]hose|[Ww]e|us|I|[Yy]ou)\b/;
const META =
  /\bthe\s+(article|report|story|above|passage|text)\b|\b(a similar|the same|such an?|the latter|the former|the aforementioned)\b/i;
// A definite description with no modifier points back into the article: "the capital", "the
// visit", "the South Carolina politician". People's roles stay unresolved even with a proper
// modifier; "the Moroccan authorities" does say whose.
const ROLE_NOUNS =
  "politician|senator|lawmaker|legislator|spokesperson|spokesman|spokeswoman|chief(?! (?:executive|minister|economist|justice|of))|commander|general(?! (?:manager|secretary|assembly|election|of))|leader|minister|president|premier|official(?!\\s+(?!(?:said|say|says|told|added|was|is|has|had|will|would|and|or)\\b)[a-z]+\\b)|man|woman|boy|girl|couple|pair|teen|teenager|student|driver|rider|climbers?|victims?|suspects?|passengers?";
const CONTEXT_NOUNS =
  "capital|city|country|region|island|state|province|town|village|government|group|firm|company|organisation|team|club|party|agency|ministry|incident|attack|crash|fire|blaze|visit|trip|move|decision|plan|bill|law|policy|case|area|nation|officials|authorities|body|site|project|scheme|deal|agreement|summit|meeting|talks|event|tournament|match|status quo|kingdom|operation|programme|mission|disaster|accident|protests?|strike|war|conflict|ban|crisis|scandal|vessel|ship|boat|plane|aircraft|building|bar|factory|warehouse|facility|expedition|memoir|book|novel|film|study|survey|poem|collection|award|prize|figure|figures|data|statement|decision|move|exercises?|drills?|announcement|schedule|elections?|polls|vote|verdict|ruling|order|report|proposal|initiative|campaign|scheme|mission|launch|test|flight|framework|extravaganza|edition|accord|pact|treaty|contest|race|killing|murder|assassination|shooting|bombing|blast|explosion|raid|invasion|response|cause|final|semifinal|semi-final|quarterfinal|chase|tax|negotiations|consortium|ceremony|rockets?|fighters|bloc|grouping";
// "the region in July 2026" is not modified: a date after the noun says when, not which.
const DATED =
  "(?:(?:early|late|mid)\\s+)?(?:\\d{1,2}\\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|\\d{4})\\b";
const NOT_MODIFIED = `(?!\\s+(?:of|with|(?:in|on|by|from)(?!\\s+${DATED})|between|to|for|at|near|over|against|into|who|that|which)\\b|-)`;
// "the two leaders", "both sides": who they are was said elsewhere.
const GROUP =
  /\b([Tt]he\s+(two|three|four|both)|[Bb]oth)\s+(leaders|sides|countries|nations|men|women|ministers|governments|teams|companies|firms|parties|states|neighbours|officials|cities|territories|regions|islands|enclaves)\b/;
// "local officials appealed to ...": local to where is not said.
const LOCAL = /\blocal (officials|authorities|residents|police|leaders|media)\b/i;
// "Russia also launched ...", "Meloni then announced ...": the sentence leans on the one before.
const CONNECTIVE = /\b(also|meanwhile|however|instead|likewise|moreover|(?<!\bthe\s)then)\b/i;
// "the country's wildfires": whose country is not said.
const PLACE_POSSESSIVE = /\bthe (country|nation|city|state|capital|company|region)[’']s\b/i;
const UNANCHORED = new RegExp(
  `\\b[Tt]he\\s+(?:(?:[A-Z][\\w-]*\\s+)*(?:${ROLE_NOUNS})|(?:[a-z]+(?:al|ial|ous|ic|ive)\\s+)?(?:${CONTEXT_NOUNS}))\\b${NOT_MODIFIED}`,
);

// "from 14,158 in summer to ... in the winter schedule": a season with no year.
const BARE_SEASON = /\b(?:summer|winter|spring|autumn|monsoon)\b(?!\s+(?:of\s+)?(?:19|20)\d{2}\b)/;

export interface StemContext {
  /** The stem asks for a person as its subject ("Who announced she ..."): he/she/him/her then
   * refer to that person and are resolved by the answer. */
  personSubject?: boolean;
  /** The blank is the sentence's only country: "the country" after it can only mean the blank. */
  countryBlank?: boolean;
  /** The blank is the only country, city, state or organisation of the sentence: "it"/"its"
   * after the blank can only mean the blank (or nothing: "makes it harder"). */
  soleThingBlank?: boolean;
  /** Where the stem names article people (and a blank standing for one): a he/she after exactly
   * one of them means that person ("Graham returned from ____, where he met Zelensky"). */
  peopleNamedAt?: readonly number[];
}

// "an astounding chase", "An enraged China": the writer's judgement is no fact to test.
const EDITORIAL =
  /\b(astounding|astonishing|stunning|remarkable|incredible|brilliant|spectacular|splendid|magnificent|magical|epochal|dismal|shocking|baffling|feisty|terrific|glorious|heroic|disgraceful|enraged|hapless)\b/i;

// A recurring meeting named with neither its edition nor its convention: "the Conference of
// Parties (COP)" could be any COP of any convention (check 2). "the 30th Conference of Parties",
// "COP30" and "the UN climate Conference of Parties" say which.
const GENERIC_EVENT =
  /(?<!\b(?:\d+(?:st|nd|rd|th)(?:\s(?:edition|session|meeting)\sof(?:\sthe)?)?|climate|UNFCCC|[Cc]limate [Cc]hange)\s)\bConference of (?:the )?Parties\b(?!\s*\(?COP-?\s?\d)(?!\s+(?:to|of)\s+the\s+(?:UN|United Nations)\b)/;
const THING_PRONOUN = /^(it|its|itself)$/i;

const PERSON_PRONOUN = /^(he|she|him|her)$/i;

export const checkStem = (stem: string, context: StemContext = {}): Failure | undefined => {
  const blanks = stem.split(BLANK).length - 1;
  const words = stem.split(/\s+/).filter(Boolean);
  if (words.length < 4) return { reason: "stem-malformed", detail: "too short" };
  if (!/^[A-Z0-9_]/.test(stem)) return { reason: "stem-malformed", detail: "no capital" };
  if (blanks > 1) return { reason: "stem-malformed", detail: "more than one blank" };
  if (blanks === 0 && (!stem.endsWith("?") || stem.indexOf("?") !== stem.length - 1)) {
    return { reason: "stem-malformed", detail: "no final question mark" };
  }
  if (blanks === 1 && /\b(a|an)\s+____/i.test(stem)) {
    return { reason: "stem-malformed", detail: "article before blank is a cue" };
  }
  if (/\s[,.;:?]|\s{2}|\b(\w+)\s+\1\b/i.test(stem)) {
    return { reason: "stem-malformed", detail: "spacing or doubled word" };
  }
  if ((stem.match(/\(/g) ?? []).length !== (stem.match(/\)/g) ?? []).length) {
    return { reason: "stem-malformed", detail: "unbalanced brackets" };
  }
  // "... to develop what he calls?": the name that followed was cut off with its quotation.
  if (/\b(?:calls|called|dubbed|termed|described as|known as)\?$/.test(stem)) {
    return { reason: "stem-malformed", detail: "cut before a name" };
  }
  if (words.length > MAX_STEM_WORDS)
    return { reason: "stem-too-long", detail: `${words.length} words` };
  const editorial = EDITORIAL.exec(stem);
  if (editorial) return { reason: "stem-malformed", detail: `editorial: ${editorial[0]}` };
  const blankAt = stem.indexOf(BLANK);
  for (const pronoun of stem.matchAll(new RegExp(UNRESOLVED.source, "g"))) {
    if (context.personSubject && PERSON_PRONOUN.test(pronoun[0])) continue;
    const at = pronoun.index ?? 0;
    if (context.soleThingBlank && blankAt >= 0 && at > blankAt && THING_PRONOUN.test(pronoun[0]))
      continue;
    const before = context.peopleNamedAt?.filter((p) => p < at).length ?? 0;
    if (before === 1 && PERSON_PRONOUN.test(pronoun[0])) continue;
    return { reason: "unresolved-pronoun", detail: pronoun[0] };
  }
  const blank = stem.indexOf(BLANK);
  const checked =
    context.countryBlank && blank >= 0
      ? `${stem.slice(0, blank)}${stem.slice(blank).replace(/\bthe country(?=[’']s\b|\b)/g, "its territory")}`
      : stem;
  const meta =
    META.exec(checked) ??
    LOCAL.exec(checked) ??
    UNANCHORED.exec(checked) ??
    GROUP.exec(checked) ??
    PLACE_POSSESSIVE.exec(checked) ??
    CONNECTIVE.exec(checked);
  if (meta) return { reason: "unresolved-pronoun", detail: meta[0] };
  const generic = GENERIC_EVENT.exec(stem);
  if (generic) return { reason: "unresolved-pronoun", detail: generic[0] };
  const relative = RELATIVE_TIME.exec(stem) ?? BARE_SEASON.exec(stem);
  if (relative) return { reason: "relative-time", detail: relative[0] };
  return undefined;
};
