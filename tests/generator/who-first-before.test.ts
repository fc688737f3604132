// "the second X after <Name>" names the first X; a notable person's field words a who-stem; a
// "then" post takes the year of a nearby sentence.
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { generateQuestions } from "../../src/generator/index";

const run = (body: string) =>
  generateQuestions({ title: "Test article", body, publishedAt: "2026-03-10" });
const all = (body: string) => {
  const { questions, rejected } = run(body);
  return [...questions, ...rejected];
};
const notable = (name: string) => knowledge.notablePeople?.find((p) => p.name === name);

describe("who.first-before", () => {
  it.each([
    [
      "The cabinet made him the second Field Marshal after Ayub Khan, officials said.",
      "Who was Pakistan’s first field marshal?",
    ],
    [
      "The army chief became the second five-star General after Ayub Khan in May.",
      "Who was Pakistan’s first five-star general?",
    ],
    [
      "Rao became the second Indian woman after Bachendri Pal to climb Everest twice.",
      "Who was the first Indian woman to climb Everest twice?",
    ],
  ])("%s", (body, stem) => {
    expect(all(body).find((q) => q.ruleId === "who.first-before")?.stem).toBe(stem);
  });

  it("the first field marshal's options are the country's other generals", () => {
    const { questions } = run("The cabinet made him the second Field Marshal after Ayub Khan.");
    const question = questions.find((q) => q.ruleId === "who.first-before");
    expect(question?.answer).toBe("Ayub Khan");
    for (const name of question?.options ?? []) {
      expect(notable(name)).toMatchObject({ field: "army general", country: "Pakistan" });
    }
  });

  it.each([
    ["no office and no place", "She became the second woman after Junko Tabei to reach the top."],
    ["a third, not a second", "He became the third Field Marshal after Ayub Khan."],
    ["the name is not what follows", "He became the second Field Marshal after Ayub Khan's era."],
  ])("no question: %s", (_, body) => {
    expect(all(body).some((q) => q.ruleId === "who.first-before")).toBe(false);
  });
});

describe("who.past-post: the year of a nearby sentence", () => {
  const body = (between: string) =>
    `The minister first launched the dress code campaign in 2005. ${between}Officials took part, with then Prime Minister Junichiro Koizumi often seen without a tie.`;
  it.each([
    ["the sentence before", ""],
    ["two sentences before", "It asked office workers to wear short sleeves. "],
  ])("%s", (_, between) => {
    const question = run(body(between)).questions.find((q) => q.ruleId === "who.past-post");
    expect(question?.stem).toBe("Who was the Prime Minister of Japan in 2005?");
    // Shinzo Abe may be offered (his first term began in 2006); no one who held it in 2005.
    for (const name of question?.options.filter((o) => o !== "Junichiro Koizumi") ?? []) {
      const terms = notable(name)?.pastPosts ?? [];
      expect(terms.some((t) => t.from <= 2005 && 2005 <= t.to)).toBe(false);
    }
  });

  it("no question when the nearest dated sentence names two years", () => {
    const text =
      "The campaign began in 2005 and was widened in 2011. Officials took part, with then Prime Minister Junichiro Koizumi often seen without a tie.";
    expect(run(text).questions.some((q) => q.ruleId === "who.past-post")).toBe(false);
  });
});

describe("who.subject-of-event for a notable person", () => {
  it("names the field instead of 'Who'", () => {
    const { questions } = run(
      "Nirmal Purja is known for climbing Annapurna without bottled oxygen.",
    );
    const question = questions.find((q) => q.answer === "Nirmal Purja");
    expect(question?.stem).toMatch(/^(In March 2026, w|W)hich mountaineer is known for climbing/);
  });

  it("no 'Who is <Name>?' from a copula whose complement is a person", () => {
    const body =
      "The only politician challenging Gen. Asim Munir is Imran Khan, in prison since 2023.";
    const stems = all(body).map((q) => q.stem);
    expect(stems.some((s) => /who is Imran Khan\?/i.test(s))).toBe(false);
  });
});
