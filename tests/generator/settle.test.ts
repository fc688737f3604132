// Questions that share an article may not hold each other's answers; where a stem can do without
// the part that holds one, it is rewritten rather than the question dropped (settle.ts).
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../src/generator/index";

const stems = (title: string, body: string): string[] =>
  generateQuestions({ title, body, publishedAt: "2026-03-10" }).questions.map((q) => q.stem);

describe("settling questions beside each other", () => {
  const body = [
    "Japanese Prime Minister Sanae Takaichi began a four-day visit to India on Sunday.",
    "She held talks with Prime Minister Narendra Modi in New Delhi on Monday.",
  ].join(" ");

  it.each([
    // The office replaces the name another question asks for, in its own sentence and others.
    "As of March 2026, who is the Prime Minister of Japan?",
    "To which country did the Japanese Prime Minister begin a four-day visit on 8 March 2026?",
    "In which city did the Japanese Prime Minister hold talks with the Indian Prime Minister in March 2026?",
    // The full date another question asks for is cut to its month.
    "When did the Japanese Prime Minister hold talks with the Indian Prime Minister?",
  ])("keeps: %s", (stem) => {
    expect(stems("Takaichi visits India", body)).toContain(stem);
  });

  it("never keeps two questions of one sentence when one stem still holds the other's answer", () => {
    const sentence =
      "India beat Ghana 3-1 in a friendly hockey match at the Kalinga Stadium in Bhubaneswar on Tuesday.";
    const kept = stems("India beat Ghana", sentence);
    // Every stem of this sentence names India or Ghana as its subject or object: one question only.
    expect(kept).toHaveLength(1);
  });
});
