// who.eponym: the namesake of a prize, asked by what the sentence says they are called.
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { analyseArticle } from "../../src/generator/analyse";
import { whoEponym } from "../../src/generator/rules/who-eponym";

const stems = (body: string): string[] => {
  const article = analyseArticle(
    { title: "Test article", body, publishedAt: "2026-03-10" },
    { knowledge },
  );
  return whoEponym.apply(article, knowledge).map((c) => `${c.stem} => ${c.answer}`);
};

describe("who.eponym", () => {
  it.each([
    [
      "Her essays won the Lu Xun Prize, named after a writer who is widely regarded as the father of modern Chinese literature.",
      "Which writer is widely regarded as the father of modern Chinese literature? => Lu Xun",
    ],
    [
      "The novel took the Ba Jin Literary Award - named after an author who was hailed as the father of the modern Chinese family saga.",
      "Which author was hailed as the father of the modern Chinese family saga? => Ba Jin",
    ],
  ])("%s", (body, expected) => {
    expect(stems(body)).toContain(expected);
  });

  it.each([
    // A person the knowledge does not know: no peers to offer, no role to vouch for.
    [
      "She won the Zhang Wei Prize, named after a writer who is known as the father of Shandong fiction.",
    ],
    // Named after a place or a thing, not a person of the listed kinds.
    [
      "The Lu Xun Prize, named after a street that is known as the father of all markets, was given.",
    ],
    // No "named after": the title may be anyone's.
    [
      "Lu Xun, a writer who is widely regarded as the father of modern Chinese literature, died in 1936.",
    ],
    // A title that is not of the "father of" kind.
    ["He won the Mo Yan Prize, named after a novelist who is known as a master of satire."],
  ])("not asked: %s", (body) => {
    expect(stems(body)).toEqual([]);
  });
});
