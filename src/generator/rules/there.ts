// "Taiwan ... became a separate entity when the Kuomintang retreated there": in a clause after the
// main one, "there" after a verb of moving is the place the sentence opens with, its subject.
// "... retreated there" → "... retreated to Taiwan". Any other "there" is left (and fails check 2).
import type { AnalysedArticle, Sentence } from "../types";

const MOVED_THERE =
  /\b(retreated|moved|fled|went|returned|travelled|traveled|relocated|migrated|shifted|withdrew|escaped)\s+there\b/;

/** `text`, a span of `sentence` from `start`, with "retreated there" as "retreated to <subject>". */
export const resolveThere = (
  article: AnalysedArticle,
  sentence: Sentence,
  start: number,
  text: string,
  named: (name: string) => string,
): string => {
  if (!MOVED_THERE.test(text)) return text;
  const opening = article.entities.flatMap((e) =>
    e.kind === "place"
      ? e.mentions
          .filter((m) => m.sentence === sentence.index && m.start === 0)
          .map((m) => ({ entity: e, mention: m }))
      : [],
  )[0];
  // The span must be a later part of the sentence than the place that opens it.
  if (!opening || start < opening.mention.end) return text;
  return text.replace(
    MOVED_THERE,
    (_m, verb: string) => `${verb} to ${named(opening.entity.name)}`,
  );
};
