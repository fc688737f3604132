// A politician's party, the court behind a warrant, a firm "once" a leader, a Chinese start-up:
// organisation and company questions from phrases news copy repeats.
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { generateQuestions } from "../../src/generator/index";

const run = (body: string) =>
  generateQuestions({ title: "Test article", body, publishedAt: "2026-03-10" });
const all = (body: string) => {
  const { questions, rejected } = run(body);
  return [...questions, ...rejected];
};
const byRule = (body: string, ruleId: string) => all(body).filter((q) => q.ruleId === ruleId);
const kept = (body: string, ruleId: string) => run(body).questions.find((q) => q.ruleId === ruleId);

describe("which-organisation.party-of", () => {
  it.each([
    [
      "Fratelli d'Italia, the ruling party of Prime Minister Giorgia Meloni, welcomed the vote on Monday.",
      "belongs to which political party?",
      "Fratelli d'Italia",
    ],
    [
      "Supporters of Imran Khan’s Pakistan Tehreek-e-Insaf marched towards Islamabad on Friday.",
      "Imran Khan belongs to which political party?",
      "Pakistan Tehreek-e-Insaf",
    ],
    [
      "Lega leader Matteo Salvini told reporters in Milan that the bridge would be built.",
      "Matteo Salvini belongs to which political party?",
      "Lega",
    ],
  ])("%s", (body, stem, answer) => {
    const question = byRule(body, "which-organisation.party-of")[0];
    expect(question?.stem.endsWith(stem)).toBe(true);
    expect(question?.answer).toBe(answer);
  });

  it("the options are parties of the same country", () => {
    const question = kept(
      "Fratelli d'Italia, the ruling party of Prime Minister Giorgia Meloni, welcomed the vote on Monday.",
      "which-organisation.party-of",
    );
    expect(question?.options).toHaveLength(4);
    for (const name of question?.options ?? []) {
      const party = knowledge.organisations.find((o) => o.name === name);
      expect(party).toMatchObject({ type: "political-party", country: "Italy" });
    }
  });

  it.each([
    [
      "a former party",
      "Forza Italia, the former party of Prime Minister Giorgia Meloni, lost ground.",
    ],
    ["no party named", "The ruling party of Prime Minister Giorgia Meloni welcomed the vote."],
    [
      "two parties tied to one person",
      "Lega leader Matteo Salvini spoke in Milan. Forza Italia leader Matteo Salvini spoke in Rome.",
    ],
    ["a quote", "“Fratelli d'Italia, the party of Prime Minister Giorgia Meloni, won,” he said."],
  ])("no question: %s", (_, body) => {
    expect(byRule(body, "which-organisation.party-of")).toHaveLength(0);
  });
});

describe("which-organisation.warrant", () => {
  it.each([
    [
      "The summit drew President Vladimir Putin, who has an International Criminal Court (ICC) warrant against him.",
      /^Which court has issued a warrant against the Russian President( Vladimir Putin)?\?$/,
    ],
    [
      "In 2024 the International Criminal Court issued an arrest warrant for Prime Minister Benjamin Netanyahu.",
      /^Which court has issued an arrest warrant against the Israeli Prime Minister( Benjamin Netanyahu)?\?$/,
    ],
    [
      "Hungary ignored an arrest warrant issued by the International Criminal Court against Prime Minister Benjamin Netanyahu.",
      /^Which court has issued an arrest warrant against the Israeli Prime Minister( Benjamin Netanyahu)?\?$/,
    ],
  ])("%s", (body, stem) => {
    const question = byRule(body, "which-organisation.warrant")[0];
    // The name goes when another question of the quiz asks who holds the office (settle.ts).
    expect(question?.stem).toMatch(stem);
    expect(question?.answer).toBe("International Criminal Court");
  });

  it("the options are other courts of international reach", () => {
    const question = kept(
      "The summit drew President Vladimir Putin, who has an International Criminal Court (ICC) warrant against him.",
      "which-organisation.warrant",
    );
    for (const name of question?.options ?? []) {
      const court = knowledge.organisations.find((o) => o.name === name);
      expect(court?.type).toBe("court");
      expect(court?.country).toBeUndefined();
    }
  });

  it.each([
    [
      "a warrant only sought",
      "The prosecutor of the International Criminal Court sought an arrest warrant for Prime Minister Benjamin Netanyahu.",
    ],
    [
      "a warrant rejected",
      "Judges of the International Criminal Court rejected an arrest warrant for Prime Minister Benjamin Netanyahu.",
    ],
    [
      "the court hears a case, no warrant",
      "The International Court of Justice heard a case brought against Prime Minister Benjamin Netanyahu's government.",
    ],
  ])("no question: %s", (_, body) => {
    expect(byRule(body, "which-organisation.warrant")).toHaveLength(0);
  });
});

describe("which-company.description: 'once' and ownership", () => {
  it("a firm once a leader, its ownership in the noun, no 'As of'", () => {
    const body =
      "The state-owned Shipping Corporation of India, once a global leader in ship ownership, has shrunk.";
    const question = byRule(body, "which-company.description")[0];
    expect(question?.stem).toBe(
      "Which state-owned Indian company was once a global leader in ship ownership?",
    );
  });

  it("a state-owned firm's options are state-owned firms", () => {
    const body =
      "The state-owned Shipping Corporation of India, once a global leader in ship ownership, has shrunk.";
    const question = kept(body, "which-company.description");
    expect(question?.options).toHaveLength(4);
    for (const name of question?.options ?? []) {
      expect(knowledge.companies.find((c) => c.name === name)?.stateOwned).toBe(true);
    }
  });

  it("no 'once' question about a person", () => {
    const body = "Narinder Batra, once the president of the Indian Olympic Association, spoke.";
    expect(all(body).some((q) => /was once/.test(q.stem))).toBe(false);
  });
});

describe("which-company: a start-up is a company", () => {
  it("names the start-up by its nationality", () => {
    const body = "Chinese start-up Moonshot AI will release a new open-source model on 27 March.";
    const question = all(body).find((q) => q.answer === "Moonshot AI" && !q.stem.includes("____"));
    expect(question?.stem).toMatch(/^Which Chinese start-up will release/);
  });
});

describe("which-organisation.source", () => {
  it.each([
    [
      "Official figures show 312 people were taken to hospital with heatstroke in the week ending 2 March, according to the Fire and Disaster Management Agency.",
      "Which Japanese agency reported that 312 people were taken to hospital with heatstroke in the week ending on 2 March 2026?",
    ],
    [
      "Nine people died from heatstroke in Japan from 1-7 March, according to the Fire and Disaster Management Agency.",
      "Which Japanese agency reported that nine people died from heatstroke in Japan from 1-7 March 2026?",
    ],
  ])("%s", (body, stem) => {
    const question = byRule(body, "which-organisation.source")[0];
    expect(question?.stem).toBe(stem);
    expect(question?.answer).toBe("Fire and Disaster Management Agency");
  });

  it.each([
    [
      "no figure, an opinion",
      "Heat is a growing danger for older people, according to the Fire and Disaster Management Agency.",
    ],
    [
      "the source not at the end",
      "According to the Fire and Disaster Management Agency, nine people died from heatstroke on 3 March.",
    ],
    [
      "a month after the article's, no year to give",
      "Nine people died from heatstroke from 1-7 June, according to the Fire and Disaster Management Agency.",
    ],
    [
      "a quote",
      "“Nine people died from heatstroke,” according to the Fire and Disaster Management Agency.",
    ],
  ])("no question: %s", (_, body) => {
    expect(byRule(body, "which-organisation.source")).toHaveLength(0);
  });
});
