// Numbered articles of a constitution: "The bill amends Article 370 of the Constitution" → "Which
// Article of the Constitution does the bill amend?"; "Governors can be removed only by the
// President under Article 156." → "Under which Article of the Constitution can governors be
// removed only by the President?". Options are neighbouring articles (Article 155, 156, 157 ...).
import { formatDate } from "../dates";
import type { AnalysedArticle, Candidate, Rule, Sentence } from "../types";
import { digitQuantity, figureCandidate } from "./how-many-phrases";
import { hasQuote, lowerFirst, resolvedSpan, wordCount } from "./stem";

const ARTICLE = /\bArticle\s+(\d{1,3})\b(?!\s*\()/g;
// "Article 243 of Pakistan's Constitution": whose constitution the article's numbers belong to.
const OF_CONSTITUTION = /^\s+of\s+((?:the\s+)?(?:[A-Z][\w’'-]*\s+)*Constitution)\b/;
const AMENDS =
  /^(It|The\s+[a-z]+|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(rewrites|amends|inserts|scraps|invokes|replaces|modifies|repeals|revokes|abrogates|dilutes)\s+$/;
const BASE: Readonly<Record<string, string>> = { abrogates: "abrogate", dilutes: "dilute" };
const UNDER =
  /^((?:The\s+)?[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,5}?)\s+(?:will\s+[^,]{3,40}?\s+and\s+)?(can|may|must|could|shall)\s+(be\s+[a-z]+ed|[a-z]+)\s+([^,]{3,80}?)\s+under\s+$/;

/** The constitution the article's numbered articles belong to, when it names exactly one. */
const constitutionOf = (article: AnalysedArticle): string | undefined => {
  const found = new Set<string>();
  for (const sentence of article.sentences) {
    for (const match of sentence.text.matchAll(ARTICLE)) {
      const of = OF_CONSTITUTION.exec(sentence.text.slice((match.index ?? 0) + match[0].length));
      if (of?.[1]) found.add(of[1].replace(/^The\s/, "the "));
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
};

/**
 * "It" after "The amendment goes ...": "the 27th amendment, passed on 13 November 2025,", from
 * the sentence that names and dates it. The ordinal stays: without it no one can tell which
 * amendment is meant (a question asking for the ordinal then gives way to this one).
 */
const itsReferent = (article: AnalysedArticle, sentence: Sentence): string | undefined => {
  const noun = /^The\s+([a-z]+)\s/.exec(article.sentences[sentence.index - 1]?.text ?? "")?.[1];
  if (!noun) return undefined;
  const dated = new RegExp(
    `\\b[Tt]he\\s+(\\d{1,3}(?:st|nd|rd|th))\\s+${noun}\\b[^,]*,\\s+(passed|adopted|signed|enacted|approved)\\s+on\\s+`,
  );
  const found = article.sentences.slice(0, sentence.index).flatMap((s) => {
    const match = dated.exec(s.text);
    const at = match ? (match.index ?? 0) + match[0].length : -1;
    const date = article.dates.find((d) => d.sentence === s.index && Math.abs(d.start - at) <= 3);
    return match?.[1] && match[2] && date
      ? [`the ${match[1]} ${noun}, ${match[2]} on ${formatDate(date.date, date.granularity)},`]
      : [];
  });
  return found.length === 1 ? found[0] : undefined;
};

const articleStem = (
  article: AnalysedArticle,
  sentence: Sentence,
  start: number,
  end: number,
): string | undefined => {
  const text = sentence.text;
  const before = text.slice(0, start);
  const of = OF_CONSTITUTION.exec(text.slice(end));
  const constitution = of?.[1]?.replace(/^The\s/, "the ") ?? constitutionOf(article);
  if (!constitution) return undefined;
  const amends = AMENDS.exec(before);
  if (amends?.[1] && amends[2] && of) {
    const subject = amends[1] === "It" ? itsReferent(article, sentence) : lowerFirst(amends[1]);
    const verb = BASE[amends[2]] ?? amends[2].replace(/s$/, "");
    return subject ? `Which Article of ${constitution} does ${subject} ${verb}?` : undefined;
  }
  const under = UNDER.exec(before);
  const tail = text.slice(end + (of?.[0].length ?? 0)).trim();
  if (!under?.[1] || !under[2] || !under[3] || !under[4] || !/^\.?$/.test(tail)) return undefined;
  const rest = resolvedSpan(
    article,
    sentence,
    before.length - under[4].length - 7,
    before.length - 7,
  );
  if (!rest || wordCount(rest) > 14 || hasQuote(rest)) return undefined;
  const subject = /^[A-Z][a-z-]+\s+[a-z]/.test(under[1]) ? lowerFirst(under[1]) : under[1];
  return `Under which Article of ${constitution} ${under[2]} ${subject.replace(/^The\s/, "the ")} ${under[3]} ${under[4]}?`;
};

export const howManyArticle: Rule = {
  id: "how-many.article",
  type: "how-many",
  description: 'A numbered article of a constitution: "rewrites Article 243 of the Constitution"',
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      if (hasQuote(sentence.text)) continue;
      for (const match of sentence.text.matchAll(ARTICLE)) {
        const start = match.index ?? 0;
        const end = start + match[0].length;
        const stem = articleStem(article, sentence, start, end);
        if (!stem) continue;
        const quantity = digitQuantity(sentence, start, match[0], Number(match[1]), "article");
        candidates.push(figureCandidate("how-many.article", stem, quantity, sentence, [], 0.7));
      }
    }
    return candidates;
  },
};
