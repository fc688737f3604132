// Notable people (questions/notable-people.ts): a post the article vouches for by its role word,
// a dated past post, a government named after its head, and options from the same field.
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { generateQuestions } from "../../src/generator/index";

const run = (body: string) =>
  generateQuestions({ title: "Test article", body, publishedAt: "2026-03-10" });

const byRule = (body: string, ruleId: string) => {
  const { questions, rejected } = run(body);
  return {
    question: questions.find((q) => q.ruleId === ruleId),
    rejected: rejected.filter((r) => r.ruleId === ruleId),
  };
};

const notable = (name: string) => knowledge.notablePeople?.find((p) => p.name === name);

describe("who.known-post", () => {
  it.each([
    [
      "The coach, Amol Muzumdar, praised the batting line-up after the win in Guwahati on Sunday.",
      "As of March 2026, who is the head coach of the India women's cricket team?",
      "Amol Muzumdar",
    ],
    [
      "Skipper Laura Wolvaardt won the toss and chose to bat in Cape Town on Sunday.",
      "As of March 2026, who is the captain of the South Africa women's cricket team?",
      "Laura Wolvaardt",
    ],
    [
      "Laura Wolvaardt, the captain, said the team would rest on Monday.",
      "As of March 2026, who is the captain of the South Africa women's cricket team?",
      "Laura Wolvaardt",
    ],
  ])("%s", (body, stem, answer) => {
    const { question } = byRule(body, "who.known-post");
    expect(question?.stem).toBe(stem);
    expect(question?.answer).toBe(answer);
    // Options: the answer's compatriots in the field, else holders of that post for other teams.
    const head = stem.includes("coach") ? "head coach" : "captain";
    const own = notable(answer);
    for (const name of question?.options ?? []) {
      const option = notable(name);
      const compatriot = option?.country === own?.country && option?.field === own?.field;
      expect(compatriot || new RegExp(head).test(option?.post ?? "")).toBe(true);
    }
  });

  it.each([
    [
      "Harmanpreet Kaur, the captain, said the team would rest in Indore on Monday.",
      "Harmanpreet Kaur",
    ],
    ["The coach, Amol Muzumdar, named an unchanged side in Indore on Monday.", "Amol Muzumdar"],
  ])("a national team's post offers compatriots first: %s", (body, answer) => {
    const { question } = byRule(body, "who.known-post");
    expect(question?.answer).toBe(answer);
    const indians = (question?.options ?? []).filter((o) => notable(o)?.country === "India");
    // Every Indian of the field in knowledge (two or more for a captain; Gambhir for a coach).
    expect(indians.length).toBeGreaterThanOrEqual(answer === "Harmanpreet Kaur" ? 4 : 2);
  });

  it.each([
    ["Harmanpreet Kaur and her young side won the series in Colombo on Sunday.", "India women's"],
    ["Laura Wolvaardt's team won the series in Durban on Sunday.", "South Africa women's"],
  ])("a leader of her team is the captain: %s", (body, team) => {
    const { question } = byRule(body, "who.known-post");
    expect(question?.stem).toBe(
      `As of March 2026, who is the captain of the ${team} cricket team?`,
    );
  });

  it.each([
    ["a family, not a team", "Harmanpreet Kaur and her mother opened a school in Moga on Sunday."],
    ["a coach with her team", "Amol Muzumdar and his team flew to Colombo on Sunday."],
  ])("no captain question: %s", (_, body) => {
    expect(byRule(body, "who.known-post").question).toBeUndefined();
  });

  it.each([
    ["a former coach", "Former coach Amol Muzumdar spoke at a coaching clinic in Pune on Sunday."],
    ["no role word", "Amol Muzumdar spoke at a coaching clinic in Pune on Sunday."],
    ["another role word", "Batter Laura Wolvaardt scored a century in Cape Town on Sunday."],
    ["a person with no post", "The coach, Jemimah Rodrigues, led a clinic in Pune on Sunday."],
    ["another kind of coach", "Bowling coach Amol Muzumdar led a clinic in Pune on Sunday."],
  ])("no question: %s", (_, body) => {
    expect(byRule(body, "who.known-post").question).toBeUndefined();
  });
});

describe("who.past-post", () => {
  const opening = "The then Indian Olympic Association president Narinder Batra";
  it("a 'then' post in a year of the tenure asks who held it that year", () => {
    const { question } = byRule(
      `${opening}, in 2019, backed a bid for the Youth Olympics.`,
      "who.past-post",
    );
    expect(question?.stem).toBe("Who was the president of the Indian Olympic Association in 2019?");
    // Options held the post in other years only.
    expect([...(question?.options ?? [])].sort()).toEqual(
      ["N. Ramachandran", "Narinder Batra", "P. T. Usha", "Suresh Kalmadi"].sort(),
    );
  });

  it("a captain with 'his men' in a year of his captaincy", () => {
    const { question } = byRule(
      "It recalled Kapil Dev and his men in 1983, when the team won in London.",
      "who.past-post",
    );
    expect(question?.stem).toBe("Who was the captain of the India men's cricket team in 1983?");
    // No option led India in 1983 (Sunil Gavaskar also did, and is never offered here).
    expect(question?.options).not.toContain("Sunil Gavaskar");
    // Captains nearest the year: of the 1980s and 1990s, not Kohli or Dhoni decades on.
    for (const name of ["Virat Kohli", "MS Dhoni", "Rahul Dravid", "Sourav Ganguly"])
      expect(question?.options).not.toContain(name);
  });

  it.each([
    ["no year", `${opening} backed a bid for the Youth Olympics.`],
    ["his men, but a year he did not lead", "Kapil Dev and his men toured England in 1990."],
    ["a year outside the tenure", `${opening}, in 2024, backed a bid for the Youth Olympics.`],
    ["no 'then'", "Narinder Batra, in 2019, backed a bid for the Youth Olympics."],
  ])("no question: %s", (_, body) => {
    expect(byRule(body, "who.past-post").question).toBeUndefined();
  });
});

describe("who.heads-government", () => {
  it.each([
    [
      "The Shehbaz Sharif government announced a new fuel subsidy on Monday.",
      "As of March 2026, who heads the government of Pakistan?",
    ],
    [
      "The Shehbaz Sharif coalition government survived a confidence vote on Monday.",
      "As of March 2026, who heads the coalition government of Pakistan?",
    ],
  ])("%s", (body, stem) => {
    const { question } = byRule(body, "who.heads-government");
    expect(question?.stem).toBe(stem);
    expect(question?.answer).toBe("Shehbaz Sharif");
    // Options are the country's politicians, not other countries' leaders.
    const pakistani = (name: string) =>
      knowledge.officeHolders.find((h) => h.name === name)?.country === "Pakistan" ||
      notable(name)?.country === "Pakistan";
    for (const name of question?.options ?? []) expect(pakistani(name)).toBe(true);
  });

  it.each([
    ["a former government", "The former Shehbaz Sharif government had announced a fuel subsidy."],
    ["no government after the name", "Shehbaz Sharif said the government would cut fuel taxes."],
    ["not a head of government", "The Asim Munir government is a phrase critics use in Lahore."],
  ])("no question: %s", (_, body) => {
    expect(byRule(body, "who.heads-government").question).toBeUndefined();
  });
});

describe("options for a notable person", () => {
  it("a stem that names the country keeps the options to that country's field", () => {
    const { questions } = run(
      "India has heroes such as javelin thrower Neeraj Chopra, who won a new meet in Doha on Friday.",
    );
    const question = questions.find((q) => q.answer === "Neeraj Chopra");
    expect(question).toBeDefined();
    for (const name of question?.options ?? []) {
      expect(notable(name)?.field).toBe("javelin thrower");
    }
  });

  it("a climber's options are climbers", () => {
    const { questions } = run(
      "Nirmal Purja is known for climbing Annapurna without bottled oxygen.",
    );
    const question = questions.find((q) => q.answer === "Nirmal Purja");
    expect(question).toBeDefined();
    for (const name of question?.options ?? []) expect(notable(name)?.field).toBe("mountaineer");
  });

  it("an apposition that is no national office makes no 'who is <country>'s ...' stem", () => {
    const { questions, rejected } = run(
      "Nirmal Purja, the expedition leader, reached the summit of Annapurna on Friday.",
    );
    const stems = [...questions, ...rejected].map((q) => q.stem);
    expect(stems.some((s) => /Nepal’s expedition leader/.test(s))).toBe(false);
  });
});
