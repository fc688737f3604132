// "the country", "the government" and "the capital" spelt out when an article is plainly about one
// country, and left alone when it is not.
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { analyseArticle } from "../../src/generator/analyse";
import { resolveFocus } from "../../src/generator/rules/focus-referents";

// Four mentions of Kenya, one of Uganda: the article is about Kenya. Nairobi is the one capital.
const KENYA = [
  "Kenya opened a new rail line on Monday.",
  "Officials in Kenya said the line cuts freight costs.",
  "Kenya plans two more lines by 2030.",
  "Traders in Nairobi welcomed the move.",
  "Kenya borrowed for the project.",
  "Uganda wants the line to reach its border.",
];

const analysed = (body: readonly string[]) =>
  analyseArticle(
    { title: "Rail line opens", body: body.join(" "), publishedAt: "2026-03-04" },
    { knowledge },
  );

/** resolveFocus over `sentence`, appended to the article as its last sentence. */
const resolved = (body: readonly string[], sentence: string): string => {
  const article = analysed([...body, sentence]);
  const last = article.sentences[article.sentences.length - 1];
  if (!last) throw new Error("no sentence");
  return resolveFocus(article, last, last.text);
};

describe("articleFocus", () => {
  it("finds the country whose mentions dominate, with its demonym, and the one capital named", () => {
    expect(analysed(KENYA).focus).toEqual({
      country: "Kenya",
      demonym: "Kenyan",
      capital: "Nairobi",
    });
  });

  it.each([
    ["two countries named as often", ["Kenya and Uganda met.", "Kenya and Uganda agreed."]],
    ["too few mentions", ["Kenya opened a line.", "It runs to the coast."]],
  ])("has no country focus: %s", (_, body) => {
    expect(analysed(body).focus?.country).toBeUndefined();
  });
});

describe("resolveFocus", () => {
  it.each([
    [
      "Freight across the country will get cheaper, officials say.",
      "Freight across Kenya will get cheaper, officials say.",
    ],
    [
      "The country's exports rose by a fifth last year.",
      "Kenya's exports rose by a fifth last year.",
    ],
    [
      "The government will open bids for the next line in May.",
      "The Kenyan government will open bids for the next line in May.",
    ],
    ["Protests broke out in the capital over fares.", "Protests broke out in Nairobi over fares."],
    ["The capital city's buses stopped.", "Nairobi's buses stopped."],
  ])("%s", (sentence, expected) => {
    expect(resolved(KENYA, sentence)).toBe(expected);
  });

  it.each([
    // Another country in the sentence: "the country" could be either.
    "Tanzania said the country would join the line.",
    // The country itself in the sentence: the checks read "the country" against that mention.
    "Kenya said the country would pay.",
    // Modified: "the country of origin", "the government of the county".
    "Goods must show the country of origin.",
    "The government of the county will pay.",
    // Another city in the sentence: "the capital" could be a different one.
    "Trains from Mombasa reached the capital by noon.",
  ])("unchanged: %s", (sentence) => {
    expect(resolved(KENYA, sentence)).toBe(sentence);
  });

  it("leaves an article without a focus alone", () => {
    const body = ["Kenya and Uganda met.", "Kenya and Uganda agreed."];
    expect(resolved(body, "The country's exports rose.")).toBe("The country's exports rose.");
  });
});
