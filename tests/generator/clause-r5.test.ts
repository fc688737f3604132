// Clause subjects: two names sharing one plural head, and a linking aside between commas after
// the subject. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { parseClauses } from "../../src/generator/rules/clause";

const subjects = (text: string) =>
  parseClauses({ index: 0, paragraph: 0, text }).map((c) => c.subject.text);

describe("clause subjects", () => {
  it.each([
    [
      "The Mumbai and Goa ports, for example, have signed a new deal with the navy.",
      "The Mumbai and Goa ports",
    ],
    [
      "The Indian and Chinese armies have pulled back from the ridge.",
      "The Indian and Chinese armies",
    ],
    ["The Mumbai and Goa ports have signed a new deal.", "The Mumbai and Goa ports"],
    ["Kerala, for instance, has banned plastic bags in 2024.", "Kerala"],
    ["The state of Kerala, in particular, has banned plastic bags.", "The state of Kerala"],
  ])("%s", (text, subject) => {
    expect(subjects(text)).toContain(subject);
  });

  it.each([
    // A plain coordination has no shared head: no single subject.
    "China and Japan have signed a new deal.",
    // A prepositional object is not a subject.
    "Talks between India and Pakistan ports have stalled.",
    // Only capitalised names before "and" share the head.
    "The minister and Goa ports have signed a deal.",
    // The shared head must be a plural noun.
    "The Mumbai and Goa press have signed a deal.",
  ])("no shared-head subject: %s", (text) => {
    expect(subjects(text).filter((s) => / and /.test(s))).toEqual([]);
  });
});
