// Whether a cloze sentence stands alone: a cloze copies its sentence, so every word that points
// back into the article ("also", "the smoke", "their escape"), every opinion ("enraged") and every
// plan ("is set to") would reach the aspirant unexplained. Each test returns why it fails.

// Words that only make sense after the sentence before: "Russia also ...", "Meloni then ...".
const BACK_IN_TIME =
  /\b(also|then|now|still|currently|instead|already|again|for now|so far|to that end|even then|by then|in turn|as a result|at that point|at the time|further|latest|recent|recently|later|earlier|in recent (?:days|weeks|months|years)|for a few (?:days|weeks|months))\b/i;

// Opinion and judgement: the editorial's view, not a fact ("An enraged China", "the only
// mainstream politician", "an astounding chase").
const JUDGEMENT =
  /\b(the only|enraged|astounding|abysmal|splendid|provocative|hardline|renowned|notorious|infamous|legendary|iconic|historic|stunning|staggering|shocking|remarkable|unprecedented|controversial|dramatic|galore)\b/i;

// "Malaysia remains very difficult to approach": a judgement of a state, not a fact (as the
// subject-of-event rules already hold); "remains the largest buyer" is a fact and stays.
const STATE_JUDGEMENT =
  /\bremains?\s+(?:very\s+|too\s+|extremely\s+|largely\s+)?(?:difficult|hard|easy|dangerous|risky|unclear|uncertain|tense|fragile|popular|wary|reluctant|keen)\b/i;

// A plan or forecast is not yet a fact: "is set to visit", "will tend to be steered".
// "Plans to build a mosque have sparked ..." is a noun: only a verb "plans to" is a plan.
const PLAN =
  /\b(will|would|shall|going to|planning to|(?:is|are|was|were) (?:set|due|expected|poised|slated|scheduled|likely|about) to)\b|(?<!^|\b(?:the|a|an|its|their|his|her|new)\s)\bplans? to\b/i;

// Possessives and pronouns for people: whose escape, whose condition, which remarks.
const PERSON_PRONOUN = /\b(his|her|hers|their|theirs|they|them|he|she|him)\b/i;

// A month written without its year ("its hottest June", "6-12 July"): which year is not said.
const MONTH =
  /\b(January|February|March|April|June|July|August|September|October|November|December|May(?= \d))\b(?!,? \d{4}\b)(?! \d{1,2},? \d{4}\b)/;

// "that crossover is", "this move": a demonstrative points at something said before.
const DEMONSTRATIVE =
  /\b(?:this|these|those)\s+\p{Ll}|\bthat\s+\p{Ll}+\s+(?:is|are|was|were|has|have|had)\b/u;

// A definite description is anchored when a name, a figure, a possessive or a superlative sits in
// it ("the Chatuchak market", "the world's 12th highest peak", "the more challenging mountains"),
// or when an of-phrase with a name or figure follows ("the rest of Myanmar"). "The smoke", "the
// summer wardrobe shift", "the sudden influx of people" are not.
const DEFINITE = /\b[Tt]he\s+/g;
const FULL_DATE =
  /\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/;
const LOWER_WORD = /^[\p{Ll}-]+/u;
const FUNCTION_WORD =
  /^(of|in|on|at|to|for|with|by|as|from|into|near|over|under|after|before|since|during|and|or|but|is|are|was|were|be|been|has|have|had|will|would|can|could|may|must|that|which|who|whose|where|while|than|across|against|between|through|around|about)$/;
const SUPERLATIVE =
  /^(most|more|less|least|first|second|third|last|best|worst|top|[\p{Ll}-]+est)$/u;
// Nouns that need no introduction: "the world", "the number of", "the south".
const GENERIC_HEAD =
  /^(world|number|rest|end|start|beginning|middle|age|past|future|public|country|north|south|east|west|north-east|north-west|south-east|south-west|sea|coast|border|century|time)$/;

/** The first unanchored definite description in the text, if any. */
const unanchoredDefinite = (text: string): string | undefined => {
  for (const match of text.matchAll(DEFINITE)) {
    // The run of lowercase words after "the", up to the first function word or punctuation.
    let at = (match.index ?? 0) + match[0].length;
    const phrase: string[] = [];
    for (;;) {
      const word = LOWER_WORD.exec(text.slice(at))?.[0];
      if (!word || FUNCTION_WORD.test(word)) break;
      phrase.push(word);
      at += word.length;
      if (!/^ /.test(text.slice(at))) break;
      at += 1;
    }
    if (phrase.length === 0) continue; // "the" before a name, a figure or a possessive
    // "the everyday challenges delivery riders face": a run this long describes itself.
    if (phrase.length >= 4) continue;
    const after = text.slice((match.index ?? 0) + match[0].length + phrase.join(" ").length);
    // Followed by a name or possessive: "the south-eastern Chinese city", "the country's".
    if (/^(?:[’']s\b|\s+\p{Lu}|\s*\d)/u.test(after)) continue;
    if (phrase.some((w) => SUPERLATIVE.test(w))) continue;
    if (GENERIC_HEAD.test(phrase[phrase.length - 1] ?? "")) continue;
    // "the current financial year" beside a full date ("on 21 April 2026") is that date's year.
    if (/^current (?:financial|fiscal) year$/.test(phrase.join(" ")) && FULL_DATE.test(text))
      continue;
    // "the evacuation of at least 30,000 people", "the rest of Myanmar".
    if (/^\s+of\s+(?:the\s+|at least\s+|about\s+|some\s+)?(?:\p{Lu}|\d)/u.test(after)) continue;
    return `the ${phrase.join(" ")}`;
  }
  return undefined;
};

/** Why the sentence text (from the stem's start) needs its article, or undefined. */
export const dependsOnContext = (text: string): string | undefined => {
  const found =
    BACK_IN_TIME.exec(text) ??
    JUDGEMENT.exec(text) ??
    STATE_JUDGEMENT.exec(text) ??
    PLAN.exec(text) ??
    PERSON_PRONOUN.exec(text) ??
    MONTH.exec(text) ??
    DEMONSTRATIVE.exec(text);
  if (found) return found[0];
  return unanchoredDefinite(text);
};
