// An office described in one sentence and its holder opening the next: "Germany's conservative
// chancellor is under pressure. Friedrich Merz has ..." asks "who is the Chancellor of Germany?"
// only when knowledge lists that person in that office.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../src/generator/index";

const questions = (body: string) =>
  generateQuestions({ title: "Test article", body, publishedAt: "2026-05-14" }).questions.filter(
    (q) => q.ruleId === "who.office-lede",
  );

describe("who.office-lede", () => {
  it.each([
    [
      "Farmers blocked roads across the north on Monday. For now, Germany's conservative chancellor is under pressure. Friedrich Merz has promised a review of fuel subsidies within a month.",
      "As of May 2026, who is the Chancellor of Germany?",
      "Friedrich Merz",
    ],
    [
      "Talks on the fishing deal stalled again on Friday. Japan's prime minister is said to be frustrated. Sanae Takaichi has asked her trade minister to report by June.",
      "As of May 2026, who is the Prime Minister of Japan?",
      "Sanae Takaichi",
    ],
  ])("%s", (body, stem, answer) => {
    const found = questions(body);
    expect(found.map((q) => q.stem)).toEqual([stem]);
    expect(found[0]?.options[found[0].answerIndex]).toBe(answer);
  });

  it.each([
    // A former holder is not the incumbent.
    "Farmers blocked roads on Monday. Germany's former chancellor is under pressure. Friedrich Merz has promised a review of subsidies.",
    // The next sentence opens with someone knowledge does not list in that office.
    "Farmers blocked roads on Monday. Germany's conservative chancellor is under pressure. Lars Becker has promised a review of subsidies.",
    // The holder is named mid-sentence, not as the next sentence's subject.
    "Farmers blocked roads on Monday. Germany's conservative chancellor is under pressure. On Friday a letter to Friedrich Merz promised a review.",
    // The office and the country do not match the knowledge: Merz is no prime minister.
    "Farmers blocked roads on Monday. Germany's prime minister is under pressure. Friedrich Merz has promised a review of subsidies.",
  ])("no office question: %s", (body) => {
    expect(questions(body)).toEqual([]);
  });
});

describe("a minister's options", () => {
  it.each([
    [
      "Protesters gathered outside the Pentagon as US Defence Secretary Pete Hegseth arrived for talks on Tuesday.",
      "Pete Hegseth",
    ],
    [
      "Markets rose after US Commerce Secretary Howard Lutnick said tariffs on steel would be eased from June.",
      "Howard Lutnick",
    ],
  ])("never a head of state or government: %s", (body, answer) => {
    const q = generateQuestions({
      title: "Test article",
      body,
      publishedAt: "2026-05-14",
    }).questions.find((x) => x.options[x.answerIndex] === answer);
    expect(q?.options).toHaveLength(4);
    expect(q?.options).not.toContain("Donald Trump");
  });
});
