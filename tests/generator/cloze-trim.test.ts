// The cloze fallback cuts a trailing clause that points back into the article ("..., and those
// ...", "..., where he ...") so the fact before it can still be asked; it never cuts a clause that
// holds the blank, and never offers a cut sentence that would still not stand alone.
import { describe, expect, it } from "vitest";
import { passingClozes } from "../support/cloze";

const passing = passingClozes;

describe("cloze trimming", () => {
  it.each([
    [
      "Pune hosted just 12 events at the 2026 games, and those such as rowing and judo were dropped.",
      "12",
      "Pune hosted just ____ events at the 2026 games.",
    ],
    [
      "Rescuers reached the village of Kedar in Nepal by road on 8 March 2026, where they found the bridge washed away.",
      "Nepal",
      "Rescuers reached the village of Kedar in ____ by road on 8 March 2026.",
    ],
    [
      "The 14th amendment to Ghana's constitution was passed on 3 March 2026 — a change that critics say weakens it.",
      "Ghana",
      "The 14th amendment to ____'s constitution was passed on 3 March 2026.",
    ],
  ])("%s", (body, answer, expected) => {
    expect(passing(body, answer)).toContain(expected);
  });

  it.each([
    // The pronoun sits before the blank: no cut can help.
    ["They later flew the injured to Dhaka, and the airport stayed open.", "Dhaka"],
    // Cut too short to say anything (fewer than eight words).
    ["Storms hit Lagos, and they then moved along the rest of the coast for days.", "Lagos"],
    // The blank itself is in the clause that would be cut.
    ["The minister arrived on time, and he then flew on to Colombo for talks.", "Colombo"],
  ])("no passing cloze: %s", (body, answer) => {
    expect(passing(body, answer)).toEqual([]);
  });
});

describe("cloze specificity", () => {
  it.each([
    // Nothing else named: many options fit a state this vague.
    ["Nagaland has been in a state of unrest for many years.", "Nagaland"],
    ["Kanchenjunga is regarded as one of the hardest mountains to climb.", "Kanchenjunga"],
  ])("no cloze from a sentence that names nothing else: %s", (body, answer) => {
    expect(passing(body, answer)).toEqual([]);
  });

  it.each([
    ["Floods have displaced four villages in Assam this week.", "Assam"],
    ["A cyclone named Fani struck the coast of Odisha in May 2019.", "Odisha"],
  ])("a figure or a name pins the fact down: %s", (body, answer) => {
    expect(passing(body, answer).length).toBeGreaterThan(0);
  });
});
