// Shares: "Shipping accounts for 3% of the world's emissions" → "What percentage of the world's
// emissions does shipping account for?"; "Surat, in Gujarat, is known as ... as it reportedly cuts
// 90% of the world's diamonds" → "What percentage of the world's diamonds does Surat reportedly cut?".
import type { AnalysedArticle, Candidate, QuantityMention, Rule, Sentence } from "../types";
import { figureCandidate, restOfClause, sameUnitValues } from "./how-many-phrases";
import { anchored, hasQuote, lowerFirst, mentionsInSentence, timeAnchor, wordCount } from "./stem";

// Verbs that give a subject's share of a whole, base form first; "for"/"up" completes some.
const SHARE_VERBS: Readonly<Record<string, string>> = {
  account: "account for",
  make: "make up",
  produce: "produce",
  manufacture: "manufacture",
  generate: "generate",
  contribute: "contribute",
  supply: "supply",
  export: "export",
  import: "import",
  consume: "consume",
  release: "release",
  emit: "emit",
  control: "control",
  own: "own",
  grow: "grow",
  handle: "handle",
  cut: "cut",
};
const FORMS = Object.keys(SHARE_VERBS).join("|");
// The verb and what stands between it and the figure: "accounts for", "reportedly manufactures".
const VERB_BEFORE = new RegExp(
  `(?:^|\\s)((?:reportedly|now|still|alone)\\s+)?(${FORMS})(s|es|ies|ed|d)?(\\s+(?:for|up))?\\s+$`,
);
const PAST = /^(ed|d)$/;
// "Air conditioning accounts ...", "Jinjiang, in the province of Fujian, ... as it ...".
const SUBJECT = /^([A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3})\s+$/;
const AS_IT = /^([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}),.*\s(?:as|because|since)\s+it\s+$/;

/** "Jinjiang" written with its capital mid-sentence somewhere: a name, not a common noun. */
const nameElsewhere = (article: AnalysedArticle, subject: string): boolean => {
  const first = subject.split(" ")[0] ?? "";
  const mid = new RegExp(`[\\p{L},]\\s+${first}\\b`, "u");
  return article.sentences.some((s) => mid.test(s.text));
};

interface Share {
  subject: string | undefined;
  verb: string;
  adverb: string;
  past: boolean;
}

/** Who holds the share and through which verb, read from the words before the figure. */
const shareOf = (
  article: AnalysedArticle,
  sentence: Sentence,
  quantity: QuantityMention,
): Share | undefined => {
  const before = sentence.text.slice(0, quantity.start);
  const verb = VERB_BEFORE.exec(before);
  const base = verb?.[2];
  if (!verb || !base) return undefined;
  const phrase = SHARE_VERBS[base] ?? base;
  // "accounts for" needs its particle; "produces for" is no share verb.
  if ((verb[4] ?? "").trim() !== (phrase.split(" ")[1] ?? "")) return undefined;
  const head = before.slice(0, verb.index ?? 0);
  const named = (text: string) =>
    mentionsInSentence(article, sentence.index).some((m) => m.mention.text === text);
  const asIt = AS_IT.exec(`${head} `);
  // "..., as it manufactures": "it" is the place or body the sentence opens with.
  const found = asIt?.[1] ?? SUBJECT.exec(`${head} `)?.[1];
  const pronoun = /^(It|They|This|These|That|He|She|The|A|An)$/i.test(found?.split(" ")[0] ?? "");
  const subject = found && !pronoun ? found : undefined;
  return {
    subject:
      subject && !asIt && !named(subject) && !nameElsewhere(article, subject)
        ? lowerFirst(subject)
        : subject,
    verb: phrase,
    adverb: verb[1]?.trim() ?? "",
    past: PAST.test(verb[3] ?? ""),
  };
};

// "and releases 2.7% of ...": a second share of the same subject.
const CONJOINED = new RegExp(`,?\\s+and\\s+(?:${FORMS})(?:s|es|ed|d)?\\s+$`);

// "according to one 2024 report", "some estimates say": a figure from a source the stem cannot
// name; other sources give other figures, so a near option may be someone's right answer.
const UNNAMED_SOURCE =
  /\baccording to (?:one|a|an|some|another|several)\b|\b(?:one|some|several) (?:\d{4} )?(?:reports?|stud(?:y|ies)|estimates?|surveys?|analys[ie]s)\b/i;

export const howManyShare: Rule = {
  id: "how-many.share",
  type: "how-many",
  description: 'A share of a whole: "makes up 12% of the country\'s rice output"',
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      if (UNNAMED_SOURCE.test(sentence.text)) continue;
      let previous: Share | undefined;
      for (const quantity of article.quantities) {
        if (quantity.sentence !== sentence.index || quantity.unit !== "percent") continue;
        if (quantity.approximate || !/\d/.test(quantity.text)) continue;
        const after = /^\s+of\s+/.exec(sentence.text.slice(quantity.end));
        if (!after) continue;
        const text = sentence.text;
        let share = shareOf(article, sentence, quantity);
        // "..., and releases 2.7% of": the subject of the share before it.
        if (share && previous?.subject && CONJOINED.test(text.slice(0, quantity.start)))
          share = { ...share, subject: previous.subject };
        if (!share?.subject) continue;
        previous = share;
        const whole = restOfClause(article, sentence, quantity.end + after[0].length, 14);
        if (!whole || wordCount(whole.text) < 2 || hasQuote(whole.text)) continue;
        const tense = share.past ? "did" : "does";
        const adverb = share.adverb ? ` ${share.adverb}` : "";
        const stem = `What percentage of ${whole.text} ${tense} ${share.subject}${adverb} ${share.verb}?`;
        candidates.push(
          figureCandidate(
            "how-many.share",
            anchored(stem, timeAnchor(article, sentence, 0, quantity.end)),
            quantity,
            sentence,
            sameUnitValues(article, quantity),
            0.7,
          ),
        );
      }
    }
    return candidates;
  },
};
