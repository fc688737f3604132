// A quoted nickname right after a company or place names it: "Pune, known as the "Oxford of the
// East"" asks "Which city is known as the 'Oxford of the East'?"; a nickname after another name,
// or one that holds the answer's own name, asks nothing.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../src/generator/index";

const questions = (body: string) =>
  generateQuestions({ title: "Test article", body, publishedAt: "2026-05-14" }).questions.filter(
    (q) => q.ruleId.endsWith(".nickname"),
  );

describe("nickname rules", () => {
  it.each([
    [
      'Students flock every year to Pune, known as the "Oxford of the East", for its many colleges and institutes.',
      "Which city is known as the ‘Oxford of the East’?",
      "Pune",
    ],
    [
      'Regulators have opened an inquiry into discounts offered by Flipkart in recent months, often dubbed the "Indian Walmart", after complaints from traders.',
      "Which company is often dubbed the ‘Indian Walmart’?",
      "Flipkart",
    ],
  ])("%s", (body, stem, answer) => {
    const found = questions(body);
    expect(found.map((q) => q.stem)).toEqual([stem]);
    expect(found[0]?.options[found[0].answerIndex]).toBe(answer);
  });

  it.each([
    // The nickname follows other words: it names them ("its rival"), not the company.
    'Regulators opened an inquiry into Flipkart and its rival, often dubbed the "Indian Walmart", this week.',
    // The nickname holds the answer's own name.
    'Students flock every year to Pune, known as the "Pune of the Deccan", for its colleges.',
    // No quotes: not a nickname the sentence vouches for.
    "Students flock every year to Pune, known as a city of colleges, for its many institutes.",
    // A person's nickname is not asked.
    'The minister met Sachin Tendulkar, often called the "Little Master", in Mumbai on Friday.',
  ])("no nickname question: %s", (body) => {
    expect(questions(body)).toEqual([]);
  });
});
