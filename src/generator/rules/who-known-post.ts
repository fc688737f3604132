// A notable person the article calls by the role of their known post: "The coach, Jane Rao,"
// or "skipper Jane Rao" → "As of May 2026, who is the head coach of the India women's cricket
// team?". The article vouches for the role, knowledge names the post (questions/notable-people).
// "the then president Jane Rao, in 2019," → "Who was the president of X in 2019?" from a
// dated past post.
import type { NotablePerson } from "../../../questions/types";
import { notableOf } from "../distractors/notable";
import type { AnalysedArticle, Candidate, Mention, PersonEntity, Rule, Sentence } from "../types";
import { entityAnswer, sameKindIn } from "./answer";
import { anchorOf } from "./stem";

// The words an article uses for the head of a post: a "skipper" is the captain.
const ROLE_WORDS: Readonly<Record<string, readonly string[]>> = {
  captain: ["captain", "skipper"],
  "head coach": ["coach", "head coach"],
  president: ["president"],
};
const STALE = /\b(former|ex|late|then|erstwhile|outgoing|interim|acting|vice|deputy|assistant)\b/i;

// A lower-case word before the role changes it ("bowling coach", "vice-captain"); "the", "head"
// and a capitalised team or country name do not.
const PLAIN_QUALIFIER = /^(?:the|head|chief|team|new|in|with|by|for|under|as|and|of|from|to)?$/;
const NAME_WORD = /^\p{Lu}[\w’'-]*$/u;
/** A sentence-initial qualifier is judged in lower case: "Bowling coach X" is a bowling coach. */
const fitsPost = (qualifier: string, opensSentence: boolean): boolean => {
  const word = qualifier.trim();
  if (STALE.test(word)) return false;
  return PLAIN_QUALIFIER.test(word.toLowerCase()) || (!opensSentence && NAME_WORD.test(word));
};

const headOf = (post: string): string => post.replace(/\s+(of|for)\s.*$/, "").toLowerCase();

const wordsFor = (post: string): readonly string[] => ROLE_WORDS[headOf(post)] ?? [];

// "Jane Rao and her women", "Rao's side": the leader of a team, for a captain's post.
const LEADS =
  /^(?:\s+and\s+(?:his|her)|[’']s)\s+(?:[a-z-]+\s+){0,2}(?:men|women|team|side|boys|girls)\b/;

const leadsTeam = (sentence: Sentence, mention: Mention, post: string): boolean =>
  headOf(post) === "captain" && LEADS.test(sentence.text.slice(mention.end));

/** The role word written right before the name or in an apposition after it, if any. */
const roleBeside = (sentence: Sentence, mention: Mention, words: readonly string[]) => {
  const alternatives = words.join("|");
  const before = sentence.text.slice(Math.max(0, mention.start - 60), mention.start);
  const after = sentence.text.slice(mention.end, mention.end + 40);
  // "skipper Jane Rao", "The coach, Jane Rao," — a comma-free run of lower-case words before.
  const lead = new RegExp(`(?:^|[\\s(])([\\w’'-]+\\s+)?(${alternatives}),?\\s+$`, "i").exec(before);
  // "Jane Rao, the coach," — an apposition after the name.
  const trail = new RegExp(`^,\\s+(?:the|its|their)\\s+(${alternatives})\\s*[,.]`, "i").exec(after);
  if (lead) {
    // Whether the phrase opens the sentence (its capital then says nothing).
    const from = Math.max(0, mention.start - 60) + lead.index;
    const opens = sentence.text.slice(0, from).trim() === "";
    return { qualifier: lead[1] ?? "", before, opens };
  }
  if (trail) return { qualifier: "", before: "", opens: false };
  return undefined;
};

const candidate = (
  article: AnalysedArticle,
  person: PersonEntity,
  sentence: Sentence,
  ruleId: string,
  stem: string,
  priority: number,
): Candidate => ({
  ruleId,
  type: "who",
  stem,
  ...entityAnswer(person),
  sentence,
  reliesOn: [],
  alsoTrue: sameKindIn(article, sentence.index, person),
  priority,
});

export const whoKnownPost: Rule = {
  id: "who.known-post",
  type: "who",
  description: "A notable person called by the role of the post knowledge says they hold",
  apply: (article, knowledge) => {
    const anchor = anchorOf(article);
    const found: Candidate[] = [];
    for (const person of article.entities) {
      if (person.kind !== "person") continue;
      const notable = notableOf(knowledge, person.name);
      if (!notable?.post) continue;
      const words = wordsFor(notable.post);
      for (const mention of person.mentions) {
        const sentence = article.sentences[mention.sentence];
        if (!sentence) continue;
        const beside = roleBeside(sentence, mention, words);
        const leads = leadsTeam(sentence, mention, notable.post);
        if (!(beside && fitsPost(beside.qualifier, beside.opens)) && !leads) continue;
        const stem = `${anchor ? `As of ${anchor}, who` : "Who"} is the ${notable.post}?`;
        found.push(candidate(article, person, sentence, "who.known-post", stem, 0.9));
        break;
      }
    }
    return found;
  },
};

/** "the then Olympic body president Jane Rao": "then" and the post's head word before the name. */
const thenBefore = (sentence: Sentence, mention: Mention, post: string): boolean => {
  const head = headOf(post);
  const before = sentence.text.slice(Math.max(0, mention.start - 80), mention.start);
  return new RegExp(`\\bthen\\s+(?:[A-Z][\\w’'.-]*\\s+){0,5}${head}\\s+$`, "i").test(before);
};

/**
 * The past post that a year written in the sentence falls in. An undated sentence takes the
 * year of the nearest of the two sentences before when that one names a single year: "X did Y
 * in 2005. ... Then Prime Minister Z helped."
 */
const datedPost = (article: AnalysedArticle, sentence: Sentence, notable: NotablePerson) => {
  const datesIn = (index: number) => article.dates.filter((d) => d.sentence === index);
  // Back at most two sentences to the nearest dated one; it must name a single year.
  const nearest = [sentence.index, sentence.index - 1, sentence.index - 2]
    .map(datesIn)
    .find((list) => list.length > 0);
  const years = new Set((nearest ?? []).map((d) => d.date.year));
  const dates = nearest === datesIn(sentence.index) || years.size === 1 ? (nearest ?? []) : [];
  for (const date of dates) {
    if (date.relative) continue;
    const { year } = date.date;
    const post = notable.pastPosts?.find((p) => p.from <= year && year <= p.to);
    if (post) return { post: post.post, year };
  }
  return undefined;
};

export const whoPastPost: Rule = {
  id: "who.past-post",
  type: "who",
  description: "A notable person named as the then holder of a post in a dated sentence",
  apply: (article, knowledge) => {
    const found: Candidate[] = [];
    for (const person of article.entities) {
      if (person.kind !== "person") continue;
      const notable = notableOf(knowledge, person.name);
      if (!notable?.pastPosts) continue;
      for (const mention of person.mentions) {
        const sentence = article.sentences[mention.sentence];
        const dated = sentence && datedPost(article, sentence, notable);
        if (!sentence || !dated) continue;
        if (!thenBefore(sentence, mention, dated.post) && !leadsTeam(sentence, mention, dated.post))
          continue;
        const stem = `Who was the ${dated.post} in ${dated.year}?`;
        found.push(candidate(article, person, sentence, "who.past-post", stem, 0.9));
        break;
      }
    }
    return found;
  },
};
