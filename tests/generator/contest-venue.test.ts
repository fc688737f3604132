// The venue of a final in an article on one Cup, asked without the teams; the winner asked without
// a venue of its own country; cricketing countries and cricket grounds as options.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../src/generator/index";

const run = (title: string, body: string) =>
  generateQuestions({ title, body, publishedAt: "2026-03-10" }).questions;

const FINAL =
  "Pakistan were crowned champions on Sunday night. In a tense final of the ICC Champions Trophy, Pakistan beat New Zealand by four wickets at Lahore’s Gaddafi Stadium, which was packed to the rafters. The captain, Salman Agha, led from the front.";
const WOMEN =
  "Sri Lanka's women made history at home on Sunday. In a close final of the ICC Women's T20 World Cup, Sri Lanka defeated England by 12 runs at Colombo's R. Premadasa Stadium before a full house.";

describe("a final's venue and winner", () => {
  it("asks for the stadium of the final, with cricket grounds as options", () => {
    const venue = run("Champions again", FINAL).find((q) => q.ruleId === "where.contest-venue");
    expect(venue).toBeDefined();
    expect(venue?.stem).toBe("In March 2026, which venue hosted the ICC Champions Trophy final?");
    expect(venue?.options).toContain("Gaddafi Stadium");
    // No athletics ground or football stadium among them.
    for (const option of venue?.options ?? []) {
      expect(["Kalinga Stadium", "Wembley Stadium", "Lusail Stadium"]).not.toContain(option);
    }
  });

  it("asks for the winner without the venue in its own country, among cricketing countries", () => {
    const winner = run("Women's champions", WOMEN).find(
      (q) => q.ruleId === "which-country.subject-of-event",
    );
    expect(winner).toBeDefined();
    expect(winner?.stem).not.toMatch(/Colombo|Premadasa/);
    expect(winner?.options).toContain("Sri Lanka");
    // Afghanistan fields no women's team; Nepal and Bhutan are no Full Members.
    for (const option of winner?.options ?? []) {
      expect(["Afghanistan", "Nepal", "Bhutan", "Maldives"]).not.toContain(option);
    }
  });

  it.each([
    // No stage of a named Cup: no venue question.
    "Pakistan beat New Zealand by four wickets at Lahore’s Gaddafi Stadium on Sunday.",
    // No contest before the venue.
    "In the final of the ICC Champions Trophy, fans packed Lahore’s Gaddafi Stadium on Sunday.",
  ])("no venue question: %s", (body) => {
    expect(run("Cricket", body).some((q) => q.ruleId === "where.contest-venue")).toBe(false);
  });
});

describe("a venue spelt otherwise than in the gazetteer", () => {
  it("goes from the margin question as the article spells it ('D.Y. Patil' for 'DY Patil')", () => {
    const body =
      "India were crowned champions on Sunday. In a close final of the ICC Champions Trophy, India beat Pakistan by 31 runs on home turf at Navi Mumbai’s D.Y. Patil Stadium before a full house.";
    const stems = run("Champions", body).map((q) => q.stem);
    expect(stems).toContain("In March 2026, which venue hosted the ICC Champions Trophy final?");
    const margin = stems.find((s) => /by how many runs/.test(s));
    expect(margin).toBeDefined();
    expect(margin).not.toMatch(/Patil/);
  });
});
