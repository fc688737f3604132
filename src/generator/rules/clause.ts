// A shallow clause reader: subject, optional auxiliary, an event verb from the lexicon, and the
// predicate up to the clause's end. Good enough to turn news sentences into wh-questions; it
// returns nothing rather than guess when the shape is unusual.
import { NON_TERMINAL_ABBREVIATIONS } from "../../../questions/abbreviations";
import type { Sentence } from "../types";
import { AUXILIARIES_LONGEST_FIRST, copula, eventVerb, type VerbMatch } from "./verbs";

export interface Token {
  text: string; // the word without surrounding punctuation
  start: number;
  end: number;
  /** Punctuation right after the word: ",", ";", ".", ")" ... */
  trail: string;
  lead: string;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Clause {
  subject: Span;
  aux?: Span;
  verb: VerbMatch & { start: number; end: number };
  /** Predicate from the verb to the clause end, exclusive of the end punctuation. */
  predicate: Span;
}

const TITLE_DOTS = new Set(NON_TERMINAL_ABBREVIATIONS);

export const tokenize = (text: string): Token[] => {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const raw = match[0];
    const at = match.index ?? 0;
    const lead = /^[("“‘'[]+/.exec(raw)?.[0] ?? "";
    let core = raw.slice(lead.length);
    const trailMatch = /[,;:!?)"”’\]]+$|[.]+$/.exec(core);
    let trail = trailMatch?.[0] ?? "";
    // "U.S." keeps its dot unless the sentence ends there; so do "Gen." and "Dr." before a name.
    if (trail === "." && /\.[A-Za-z]\.$/.test(core) && at + raw.length < text.length) trail = "";
    if (trail === "." && TITLE_DOTS.has(core.slice(0, -1)) && at + raw.length < text.length)
      trail = "";
    core = core.slice(0, core.length - trail.length);
    tokens.push({
      text: core,
      start: at + lead.length,
      end: at + lead.length + core.length,
      trail,
      lead,
    });
  }
  return tokens;
};

const ADVERBS = new Set([
  "also",
  "recently",
  "then",
  "later",
  "reportedly",
  "formally",
  "officially",
  "already",
  "just",
  "finally",
  "jointly",
  "first",
  "successfully",
  "subsequently",
]);
const BOUNDARY_WORDS = new Set([
  "that",
  "which",
  "who",
  "whom",
  "and",
  "but",
  "while",
  "when",
  "after",
  "before",
  "as",
  "because",
  "although",
  "if",
  "since",
  "where",
  "whereas",
  "than",
]);
const END_WORDS = new Set([
  "while",
  "but",
  "which",
  "who",
  "whereas",
  "although",
  "because",
  "as",
  "though",
  "whom",
  "whose",
]);
const CLAUSE_PUNCT = /[,;:)"”]/;
const AUX_WORDS = new Set(["was", "were", "is", "are", "been", "be", "has", "have", "had"]);
const PREPOSITIONS = new Set([
  "of",
  "with",
  "in",
  "on",
  "for",
  "to",
  "from",
  "at",
  "by",
  "about",
  "between",
  "over",
  "under",
  "into",
  "near",
  "against",
]);
const NOT_IN_SUBJECT = new Set([
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "has",
  "have",
  "had",
  "will",
  "would",
  "can",
  "could",
  "may",
  "might",
  "must",
  "should",
  "says",
  "said",
  "do",
  "does",
  "did",
  "there",
  "not",
  "according",
  "say",
  "tell",
  "tells",
  "told",
  "shows",
  "show",
  "showed",
  "suggests",
  "suggested",
  "means",
  "meant",
  "finds",
  "reports",
  "reported",
  "believe",
  "believes",
  "think",
  "thinks",
  "claims",
  "indicates",
  "indicated",
  "reveals",
  "revealed",
]);
const DASHES = new Set(["–", "—", "-", "--"]);

/**
 * "Karrar Haidri, the vice-president of the club, told ...": when the words before the verb are
 * an apposition between commas, the subject is the capitalised name before it.
 */
const nameBeforeApposition = (tokens: Token[], i: number): [number, number] | undefined => {
  if (tokens[i - 1]?.trail !== ",") return undefined;
  let start = i - 1;
  while (start > 0 && !(tokens[start - 1] as Token).trail) start--;
  if (start === 0 || i - start > 12) return undefined;
  if (!/^(a|an|the|its|his|her|their|[a-z][\w-]*)$/.test((tokens[start] as Token).text))
    return undefined;
  const nameLast = start - 1;
  if ((tokens[nameLast] as Token).trail !== ",") return undefined;
  let nameFirst = nameLast;
  while (nameFirst > 0) {
    const prev = tokens[nameFirst - 1] as Token;
    if (prev.trail || !/^[A-Z]/.test(prev.text) || BOUNDARY_WORDS.has(prev.text.toLowerCase()))
      break;
    nameFirst--;
  }
  if (!/^[A-Z]/.test((tokens[nameFirst] as Token).text) || nameLast - nameFirst > 5)
    return undefined;
  const before = tokens[nameFirst - 1];
  if (before && !before.trail && !BOUNDARY_WORDS.has(before.text.toLowerCase())) return undefined;
  return [nameFirst, nameLast + 1];
};

/** "(COP)", "(UNFCCC)": an acronym in brackets belongs to the name before it. */
const bracketedAcronym = (token: Token): boolean =>
  token.lead === "(" && token.trail === ")" && /^[A-Z][A-Z0-9&-]{1,9}$/.test(token.text);

/**
 * "21 people, including nine children, died": a short lower-case "including ..." aside between
 * commas before the verb. Returns the index of "including", or undefined.
 */
const includingBefore = (tokens: Token[], i: number): number | undefined => {
  if (tokens[i - 1]?.trail !== ",") return undefined;
  for (let k = i - 2; k >= Math.max(1, i - 6); k--) {
    const t = tokens[k] as Token;
    if (t.trail || t.lead) return undefined;
    if (t.text === "including") return (tokens[k - 1] as Token).trail === "," ? k : undefined;
  }
  return undefined;
};

/** Index of the word after "(Back) in <year>" opening the sentence at `first`, before "the". */
const yearOpener = (tokens: Token[], first: number, i: number): number | undefined => {
  if (first !== 0) return undefined;
  const back = /^back$/i.test(tokens[0]?.text ?? "") ? 1 : 0;
  const preposition = tokens[back];
  const year = tokens[back + 1];
  const the = tokens[back + 2];
  if (!preposition || !year || !the || back + 3 >= i) return undefined;
  if (!/^in$/i.test(preposition.text) || preposition.trail || year.trail) return undefined;
  if (!/^(1[89]|20)\d\d$/.test(year.text) || !/^the$/i.test(the.text)) return undefined;
  return back + 2;
};

/** Subject tokens going back from index `i` (exclusive) to a clause boundary. */
const subjectBefore = (tokens: Token[], i: number): [number, number] | undefined => {
  const including = includingBefore(tokens, i);
  if (including !== undefined) return subjectBefore(withoutTrail(tokens, including - 1), including);
  const appositive = nameBeforeApposition(tokens, i);
  if (appositive) return appositive;
  let first = i;
  while (first > 0) {
    const prev = tokens[first - 1] as Token;
    if (CLAUSE_PUNCT.test(prev.trail) && !bracketedAcronym(prev)) break;
    if (DASHES.has(prev.text)) break;
    if (BOUNDARY_WORDS.has(prev.text.toLowerCase())) break;
    first--;
  }
  if (first === i || i - first > 10) return undefined;
  const head = tokens[first] as Token;
  if (!/^[A-Z0-9]/.test(head.text) && !/^(the|a|an)$/i.test(head.text)) return undefined;
  const last = tokens[i - 1] as Token;
  if (last.trail && !bracketedAcronym(last)) return undefined;
  // "Back in 2015 the Thai government began ...": a year opener without its comma is no part of
  // the subject.
  const opener = yearOpener(tokens, first, i);
  if (opener !== undefined) first = opener;
  const words = tokens.slice(first, i);
  if (words.some((t) => NOT_IN_SUBJECT.has(t.text.toLowerCase()))) return undefined;
  // "a target the two governments": two noun phrases run together (a relative clause), unlike
  // "an English translation of the memoir".
  const runTogether = words.some(
    (t, k) =>
      k > 0 &&
      /^(a|an|the)$/i.test(t.text) &&
      !PREPOSITIONS.has((words[k - 1] as Token).text.toLowerCase()),
  );
  if (runTogether) return undefined;
  // "858 fires", "the tests": a number or determiner before the "verb" makes it a noun.
  if (
    /^(\d[\d,.]*|the|a|an|its|their|his|her|of|to|in|on|for|new|more|several|many|some)$/i.test(
      (tokens[i - 1] as Token).text,
    )
  ) {
    return undefined;
  }
  return [first, i];
};

const startsVerbPhrase = (word: string): boolean =>
  Boolean(eventVerb(word) ?? copula(word)) ||
  /^(has|have|had|will|would|said|says|also|then|later|is|was|are|were|speaks|lives|works|remains|continues|wants|needs|hopes|plans|holds|runs|says)$/i.test(
    word,
  ) ||
  /^[a-z]+ed$/.test(word);

/** Whether a position lies between an opening and a closing quotation mark. */
export const insideQuote = (text: string, at: number): boolean => {
  const before = text.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length % 2 === 1;
  const curly = before.lastIndexOf("“") > before.lastIndexOf("”");
  return straight || curly;
};

/**
 * "in Aichi-Nagoya, Japan, with a record 119 medals", "in Paris, France, on Monday": a country
 * or state set off by commas after a capitalised place is an apposition, and the predicate runs
 * on through it. Returns the index of the apposition's last token (the one before the phrase
 * goes on in lower case), or undefined. A list ("Delhi, Mumbai, Chennai and Kolkata") goes on
 * with capitals or "and", and is no apposition.
 */
const placeApposition = (tokens: Token[], e: number): number | undefined => {
  if (!/^\p{Lu}/u.test(tokens[e]?.text ?? "")) return undefined;
  for (let n = 1; n <= 2; n++) {
    const words = tokens.slice(e + 1, e + 1 + n);
    const last = words[n - 1];
    const after = tokens[e + 1 + n];
    if (words.length !== n || !last || !after) return undefined;
    if (words.some((w) => !/^\p{Lu}\p{Ll}/u.test(w.text) || w.lead)) return undefined;
    if (words.slice(0, -1).some((w) => w.trail)) return undefined;
    if (
      last.trail === "," &&
      /^(?:with|on|in|at|for|after|before|to|from|by|as|last|this|over)$/.test(after.text)
    )
      return e + n;
  }
  return undefined;
};

// ", for instance," / ", for example,": a linking aside, not part of subject or predicate.
const ASIDES = new Set(["for instance", "for example", "in turn", "in particular"]);

/** Index of the aside's first word when `s` follows "<subject>, for instance,". */
const asideBefore = (tokens: Token[], s: number): number | undefined => {
  const second = tokens[s - 1];
  const opener = tokens[s - 2];
  const subjectEnd = tokens[s - 3];
  if (!second || !opener || !subjectEnd || s - 3 < 1) return undefined;
  const linking =
    second.trail === "," &&
    !opener.trail &&
    subjectEnd.trail === "," &&
    ASIDES.has(`${opener.text} ${second.text}`.toLowerCase());
  return linking ? s - 2 : participleAside(tokens, s);
};

// "the government, embarrassed by its record, began ...": a participle phrase between commas
// after the subject says why, and is read past like "for instance".
const PARTICIPLE_ASIDE = /^(?:[a-z]{3,}ed|stung|hit|shaken)$/;
const participleAside = (tokens: Token[], s: number): number | undefined => {
  if (tokens[s - 1]?.trail !== ",") return undefined;
  for (let open = s - 2; open >= 1 && s - open <= 10; open--) {
    const word = tokens[open] as Token;
    const before = tokens[open - 1] as Token;
    if (word.trail || word.lead) return undefined;
    if (before.trail === ",") {
      if (!PARTICIPLE_ASIDE.test(word.text)) return undefined;
      const preposition = tokens[open + 1]?.text ?? "";
      return /^(by|at|over|about|with|after)$/.test(preposition) ? open : undefined;
    }
    if (before.trail) return undefined;
  }
  return undefined;
};

/** `tokens` with the comma after token `at` taken away. */
const withoutTrail = (tokens: Token[], at: number): Token[] =>
  tokens.map((t, k) => (k === at ? { ...t, trail: "" } : t));

/**
 * "the Chennai and Kolkata ports", "the Indian and Chinese armies": where the subject found is
 * "Kolkata ports" after "the Chennai and", the names share the plural head, and the subject starts
 * at "the". Plain coordinations ("China and Japan") have no such head and stay out.
 */
const sharedHeadStart = (tokens: Token[], first: number, last: number): number | undefined => {
  const and = tokens[first - 1];
  const head = tokens[last - 1];
  if (and?.text !== "and" || and.trail || !head || last - first > 3) return undefined;
  // Capitalised modifiers, then one lower-case plural noun: "Kolkata ports".
  const modifiers = tokens.slice(first, last - 1);
  if (!modifiers.length || modifiers.some((t) => !/^[A-Z][a-z]/.test(t.text) || t.trail))
    return undefined;
  if (!/^[a-z]{3,}s$/.test(head.text) || /ss$/.test(head.text)) return undefined;
  // Before "and": one or two capitalised words, after "the".
  for (let n = 1; n <= 2; n++) {
    const names = tokens.slice(first - 1 - n, first - 1);
    const the = tokens[first - 2 - n];
    if (names.length !== n || names.some((t) => !/^[A-Z][a-z]/.test(t.text) || t.trail)) break;
    if (the && /^the$/i.test(the.text) && !the.trail) return first - 2 - n;
  }
  return undefined;
};

/** Every clause in the sentence whose verb is an event verb. */
export const parseClauses = (sentence: Sentence): Clause[] => {
  const tokens = tokenize(sentence.text);
  const clauses: Clause[] = [];
  for (let v = 1; v < tokens.length; v++) {
    const token = tokens[v] as Token;
    const next = tokens[v + 1];
    const previous = (tokens[v - 1] as Token).text.toLowerCase();
    const verb =
      eventVerb(token.text) ??
      (next && !token.trail && !eventVerb(next.text) && !/^[a-z]+ed$/.test(next.text)
        ? copula(token.text)
        : undefined) ??
      // After an auxiliary any "-ed" word is a participle: "were brokered", "has expanded".
      (AUX_WORDS.has(previous) && /^[a-z]{3,}ed$/.test(token.text)
        ? { base: "", form: "participle" as const, text: token.text }
        : undefined) ??
      // Right after a name, an unknown "-ed" word is a past-tense verb ("Wang gained ...");
      // its base form is unknown, so it can head a subject question but not take do-support.
      (/^[A-Z]/.test(tokens[v - 1]?.text ?? "") &&
      !tokens[v - 1]?.trail &&
      /^[a-z]{4,}ed$/.test(token.text) &&
      next
        ? { base: "", form: "past" as const, text: token.text }
        : undefined);
    if (
      !verb ||
      token.lead ||
      !/^[a-z]/.test(token.text) ||
      insideQuote(sentence.text, token.start)
    ) {
      continue;
    }
    // Walk back over adverbs and auxiliaries.
    let s = v;
    while (
      s > 0 &&
      ADVERBS.has((tokens[s - 1] as Token).text.toLowerCase()) &&
      !(tokens[s - 1] as Token).trail
    )
      s--;
    let aux: Span | undefined;
    // "has, yet again, withdrawn": a short aside between commas after the auxiliary.
    const close = tokens[s - 1];
    if (verb.form === "participle" || verb.form === "past") {
      for (let j = 1; j <= 3 && close?.trail === "," && s - j - 1 >= 1; j++) {
        const open = tokens[s - j - 1] as Token;
        const inside = tokens.slice(s - j, s - 1);
        if (open.trail !== "," || !/^(has|have|had)$/i.test(open.text)) continue;
        if (inside.some((t) => t.trail || !/^[a-z]+$/.test(t.text))) continue;
        aux = { start: open.start, end: open.end, text: open.text.toLowerCase() };
        s = s - j - 1;
        break;
      }
    }
    for (const candidate of verb.form === "copula" || aux ? [] : AUXILIARIES_LONGEST_FIRST) {
      const words = candidate.split(" ");
      const from = s - words.length;
      if (from < 1) continue;
      const slice = tokens.slice(from, s);
      if (slice.some((t) => t.trail)) continue;
      if (slice.map((t) => t.text.toLowerCase()).join(" ") === candidate) {
        const a = slice[0] as Token;
        const b = slice[slice.length - 1] as Token;
        aux = { start: a.start, end: b.end, text: candidate };
        s = from;
        break;
      }
    }
    if (!aux && verb.form === "base") continue;
    // "a fire started by a short circuit killed ...": a participle modifying a noun.
    // "a rocket built entirely by industry lifted off": an adverb may sit between.
    const byNext =
      /^by$/i.test(next?.text ?? "") ||
      (/ly$/.test(next?.text ?? "") && !next?.trail && /^by$/i.test(tokens[v + 2]?.text ?? ""));
    if (!aux && verb.form !== "copula" && byNext) continue;
    if (aux && verb.form === "third") continue;
    // Plural nouns look like third-person verbs ("fires", "tests"): only after a name.
    if (
      !aux &&
      verb.form === "third" &&
      !/^[A-Z]/.test((tokens[s - 1] as Token | undefined)?.text ?? "")
    ) {
      continue;
    }
    // "the Paradip and Haldia ports, for example, have signed up ...": an aside between commas
    // after the subject is read past, as if the subject ran up to the auxiliary.
    const aside = asideBefore(tokens, s);
    const bounds = subjectBefore(aside ? withoutTrail(tokens, aside - 1) : tokens, aside ?? s);
    if (!bounds) continue;
    let [first] = bounds;
    const last = bounds[1];
    // "The Chennai and Kolkata ports have ...": two names sharing one plural head are one subject.
    first = sharedHeadStart(tokens, first, last) ?? first;
    // "China and Japan have ...", "relations with India and Afghanistan are ...": the subject
    // is a coordination or a prepositional object, not the single name next to the verb.
    const before = tokens[first - 1];
    if (before && /^(and|or|nor|&|with|between|of|than)$/i.test(before.text)) continue;
    const subjectStart = (tokens[first] as Token).start;
    const lastToken = tokens[last - 1] as Token;
    const subjectEnd = lastToken.end + (bracketedAcronym(lastToken) ? 1 : 0);
    let e = v;
    while (e < tokens.length - 1) {
      const t = tokens[e] as Token;
      const apposition = t.trail === "," ? placeApposition(tokens, e) : undefined;
      if (apposition !== undefined) {
        e = apposition + 1;
        continue;
      }
      if (t.trail) break;
      const next = tokens[e + 1] as Token;
      // "regarded as", "known as": "as" completes the verb rather than starting a clause.
      const completes = next.text === "as" && /(ed|known|seen)$/.test(t.text);
      if (
        (END_WORDS.has(next.text.toLowerCase()) && !completes) ||
        DASHES.has(next.text) ||
        next.lead
      ) {
        break;
      }
      // "joined the Army in 2003 and became a Marine": a second verb starts a second clause.
      const after = tokens[e + 2];
      if (/^(and|or|then)$/i.test(next.text) && after && startsVerbPhrase(after.text)) break;
      // "began blocking the routes and closing the camps": a second gerund after "began
      // <gerund>" is a second action; the clause keeps the first.
      if (
        /^(and|or)$/i.test(next.text) &&
        /^[a-z]{3,}ing$/.test(after?.text ?? "") &&
        /^[a-z]{3,}ing$/.test(tokens[v + 1]?.text ?? "") &&
        e > v + 1
      )
        break;
      // "... in 2015 and Australia returned in 2020": a new subject and verb after "and".
      const third = tokens[e + 3];
      if (
        /^(and|or|but|while)$/i.test(next.text) &&
        after &&
        /^[A-Z]/.test(after.text) &&
        third &&
        startsVerbPhrase(third.text)
      ) {
        break;
      }
      e++;
    }
    const endToken = tokens[e] as Token;
    clauses.push({
      subject: {
        start: subjectStart,
        end: subjectEnd,
        text: sentence.text.slice(subjectStart, subjectEnd),
      },
      ...(aux ? { aux } : {}),
      verb: { ...verb, start: token.start, end: token.end },
      predicate: {
        start: token.start,
        end: endToken.end,
        text: sentence.text.slice(token.start, endToken.end),
      },
    });
  }
  return clauses;
};
