// "there" after a verb of moving, in a later clause, is the place the sentence opens with.
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { analyseArticle } from "../../src/generator/analyse";
import { generateQuestions } from "../../src/generator/index";
import { resolveThere } from "../../src/generator/rules/there";
import type { Sentence } from "../../src/generator/types";

const resolve = (body: string, from: string): string => {
  const article = analyseArticle({ title: "Test", body, publishedAt: "2026-05-02" }, { knowledge });
  const sentence = article.sentences[0] as Sentence;
  const start = sentence.text.indexOf(from);
  return resolveThere(article, sentence, start, sentence.text.slice(start), (n) => n);
};

describe("resolveThere", () => {
  it.each([
    [
      "Sri Lanka became a haven for traders when the Dutch East India Company moved there in the 1650s.",
      "the Dutch",
      "the Dutch East India Company moved to Sri Lanka in the 1650s.",
    ],
    [
      "Taiwan changed for good after the Kuomintang retreated there in 1949.",
      "the Kuomintang",
      "the Kuomintang retreated to Taiwan in 1949.",
    ],
  ])("%s", (body, from, expected) => {
    expect(resolve(body, from)).toBe(expected);
  });

  it.each([
    // No place opens the sentence: "there" is left.
    ["After the war, the Kuomintang retreated there in 1949.", "the Kuomintang"],
    // "there" with no verb of moving.
    ["Taiwan is calm, but there are fears of a blockade.", "but there"],
    // The span holds the opener itself.
    ["Taiwan changed after the Kuomintang retreated there in 1949.", "Taiwan"],
  ])("left: %s", (body, from) => {
    expect(resolve(body, from)).toContain("there");
  });
});

describe("a party as the subject of an event", () => {
  it("asks 'Which political party ...?' with the there resolved", () => {
    const stems = generateQuestions({
      title: "Taiwan's past",
      body: "Taiwan was ruled by Japan until 1945, but took a separate path when the Kuomintang retreated there after losing the civil war in 1949.",
      publishedAt: "2026-05-02",
    }).questions.map((q) => q.stem);
    expect(stems.some((s) => /^Which political party retreated to Taiwan\b/.test(s))).toBe(true);
  });
});
