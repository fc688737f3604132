// "his <demonym> counterpart, <Name>": the same office in the demonym's country, unless
// knowledge gives the person another office.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../src/generator/index";

const counterpart = (body: string) => {
  const { questions, rejected } = generateQuestions({
    title: "Test article",
    body,
    publishedAt: "2026-03-10",
  });
  return [...questions, ...rejected].find((q) => q.ruleId === "who.counterpart");
};

describe("who.counterpart", () => {
  it.each([
    [
      "Plans for a ferry link were criticised by foreign minister Antonio Tajani and by his Spanish counterpart, José Manuel Albares.",
      "As of March 2026, who is the Foreign Minister of Spain?",
      "José Manuel Albares",
    ],
    [
      "External Affairs Minister S. Jaishankar met his Chinese counterpart Wang Yi in Beijing on Monday.",
      "As of March 2026, who is the Foreign Minister of China?",
      "Wang Yi",
    ],
  ])("%s", (body, stem, answer) => {
    const question = counterpart(body);
    expect(question?.stem).toBe(stem);
    expect(question?.answer).toBe(answer);
  });

  it.each([
    [
      "knowledge gives another office",
      "President Lee Jae Myung spoke to his Japanese counterpart, Sanae Takaichi, on Monday.",
    ],
    [
      "no single-holder office",
      "Spokesperson Ravi Menon called his French counterpart, Anne Dupont, on Monday.",
    ],
    [
      "no titled person before",
      "Ravi Menon called his French counterpart, Anne Dupont, on Monday.",
    ],
    [
      "no demonym",
      "Foreign minister Antonio Tajani thanked his counterpart, José Manuel Albares, on Monday.",
    ],
  ])("no question: %s", (_, body) => {
    expect(counterpart(body)).toBeUndefined();
  });
});
