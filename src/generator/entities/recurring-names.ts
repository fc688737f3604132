// A two- or three-word name whose first or last word the article goes on to use alone, at least
// twice ("Ana Costa" ... "Costa, 41," ... "Costa told"), is a person even with no title or
// speech verb beside it: newsrooms shorten only people's names that way.
import { nameParticles } from "../../../questions/entity-patterns";
import { isNameWord, type NameContext, nameRunAfter } from "./names";
import type { PersonMention } from "./people";
import { claim, type SentenceScan, spanText } from "./scan";

const MIN_STANDALONE = 2;

// After these a capitalised word is a thing or a place ("a PortaSplit", "in Navalmoral").
const PARTICLES = new Set(nameParticles);
const THING_BEFORE = new Set(["a", "an", "the", "of", "in", "at", "from", "to", "near", "into"]);

/**
 * Capitalised words used on their own (no capitalised neighbour), never after an article or a
 * place preposition anywhere in the text.
 */
const standaloneCounts = (scans: readonly SentenceScan[], context: NameContext) => {
  const counts = new Map<string, number>();
  const things = new Set<string>();
  for (const scan of scans) {
    scan.tokens.forEach((token, i) => {
      if (!token.word || !token.capital) return;
      const previous = scan.tokens[i - 1];
      if (previous && THING_BEFORE.has(previous.key)) things.add(token.key);
      if (scan.claims[i] !== undefined || !isNameWord(scan, i, context)) return;
      const next = scan.tokens[i + 1];
      if ((previous?.word && previous.capital) || (next?.word && next.capital)) return;
      // "Robledo de Chavela": a word after a name particle is the end of a longer name.
      if (previous?.word && !previous.capital && PARTICLES.has(previous.key)) return;
      counts.set(token.key, (counts.get(token.key) ?? 0) + 1);
    });
  }
  for (const thing of things) counts.delete(thing);
  return counts;
};

/** Adds the recurring names each sentence holds to `people` (by sentence) and claims them. */
export const addRecurringNames = (
  scans: readonly SentenceScan[],
  context: NameContext,
  people: PersonMention[][],
): void => {
  const counts = standaloneCounts(scans, context);
  if (counts.size === 0) return;
  scans.forEach((scan, k) => {
    for (let start = 0; start < scan.tokens.length; start++) {
      if (scan.claims[start] !== undefined || !isNameWord(scan, start, context)) continue;
      const end = nameRunAfter(scan, start, context);
      // "Royal Marine Nirmal Purja": a longer run whose last word recurs ends in a two-word name.
      const tailRecurs = (counts.get(scan.tokens[end - 1]?.key ?? "") ?? 0) >= MIN_STANDALONE;
      const i = end - start > 3 && tailRecurs ? end - 2 : start;
      const length = end - i;
      const first = scan.tokens[i];
      const last = scan.tokens[end - 1];
      const claimed = scan.claims.slice(i, end).some((c) => c !== undefined);
      // "Villa de Arcos": with a particle inside, a place is as likely as a person.
      const particle = scan.tokens.slice(i, end).some((t) => t.word && !t.capital);
      const recurs =
        (counts.get(first?.key ?? "") ?? 0) >= MIN_STANDALONE ||
        (counts.get(last?.key ?? "") ?? 0) >= MIN_STANDALONE;
      // A capital after the run ("Lu Xun Literary Prize") makes it part of a longer name.
      const longer = scan.tokens[end]?.word && scan.tokens[end]?.capital;
      if (length >= 2 && length <= 3 && !claimed && !particle && recurs && !longer) {
        people[k]?.push({
          sentence: scan.sentence.index,
          from: i,
          to: end,
          text: spanText(scan, i, end),
          start: first?.start ?? 0,
          end: last?.end ?? 0,
          phraseFrom: i,
          evidence: "alias",
          subject: false,
        });
        claim(scan, i, end, "person");
      }
      if (end > start) start = end - 1;
    }
  });
};
