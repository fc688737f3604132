// Holders of the same office elsewhere are the first options for an office holder; a "Which
// <title>" stem offers only holders of that title (the real pipeline and knowledge).
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { analyseArticle } from "../../src/generator/analyse";
import { personTiers } from "../../src/generator/distractors/entities";
import { canonicalTitle, officeTitle } from "../../src/generator/distractors/office-titles";
import { generateQuestions } from "../../src/generator/index";

const officeOf = (name: string) => knowledge.officeHolders.find((h) => h.name === name)?.office;

describe("office titles", () => {
  it.each([
    ["Foreign Minister of Belgium", "foreign minister"],
    ["US Ambassador to Canada", "ambassador"],
    ["US Secretary of Defense", "defence secretary"],
    ["US Senator from Kentucky", "senator"],
    ["Crown Prince and Prime Minister of Saudi Arabia", "crown prince"],
    ["Interior Minister of Spain", "interior minister"],
    ["Chief Executive of Infosys", "chief executive officer"],
  ])("%s → %s", (office, title) => {
    expect(officeTitle(knowledge, office)).toBe(title);
  });
  it.each([
    ["the US ambassador", "ambassador"],
    ["Defense Secretary", "defence secretary"],
    ["chief executive", "chief executive officer"],
    ["Interior Minister", "interior minister"],
  ])("title as written %s → %s", (written, title) => {
    expect(canonicalTitle(knowledge, written)).toBe(title);
  });
});

/** The first three options personTiers offers for `answer` under `stem`. */
const tierOptions = (body: string, answer: string, stem: string): string[] => {
  const article = analyseArticle(
    { title: "Test article", body, publishedAt: "2026-03-10" },
    { knowledge },
  );
  const person = article.entities.find((e) => e.kind === "person" && e.name === answer);
  if (person?.kind !== "person") throw new Error(`no person ${answer}`);
  const tiers = personTiers(person, { knowledge, article, stem, sentenceIndex: 0 });
  return [...new Set(tiers.flat())].filter((n) => n !== answer).slice(0, 3);
};

describe("same-office options", () => {
  it.each([
    [
      "a foreign minister",
      "Belgian Foreign Minister Maxime Prévot flew to Kinshasa on Monday for talks on mining.",
      "Maxime Prévot",
      "As of March 2026, who is the Foreign Minister of Belgium?",
      "foreign minister",
    ],
    [
      "a US ambassador",
      "Pete Hoekstra, the US ambassador to Canada, opened a new consulate in Halifax on Monday.",
      "Pete Hoekstra",
      "As of March 2026, who is the US ambassador to Canada?",
      "ambassador",
    ],
    [
      "a crown prince",
      "Saudi Crown Prince Mohammed bin Salman opened a new airport in Riyadh on Monday.",
      "Mohammed bin Salman",
      "As of March 2026, who is the Crown Prince of Saudi Arabia?",
      "crown prince",
    ],
    [
      "a defence minister",
      "Defence Minister Rajnath Singh opened a new ordnance factory in Kanpur on Monday.",
      "Rajnath Singh",
      "In March 2026, which Defence Minister opened a new ordnance factory in Kanpur?",
      "defence minister",
    ],
    [
      "a senator",
      "Kentucky Senator Mitch McConnell voted against the spending bill on Monday.",
      "Mitch McConnell",
      "Kentucky Senator ____ voted against the spending bill on 9 March 2026.",
      "senator",
    ],
  ])("%s: the first options hold the same office", (_, body, answer, stem, title) => {
    const others = tierOptions(body, answer, stem);
    expect(others).toHaveLength(3);
    for (const name of others) {
      const office = officeOf(name);
      expect(office && officeTitle(knowledge, office)).toBe(title);
    }
  });

  it("no second Kentucky senator is an option for a Kentucky senator", () => {
    const body = "Kentucky Senator Mitch McConnell voted against the spending bill on Monday.";
    const article = analyseArticle({ title: "T", body, publishedAt: "2026-03-10" }, { knowledge });
    const person = article.entities.find((e) => e.name === "Mitch McConnell");
    if (person?.kind !== "person") throw new Error("no person");
    const stem = "Kentucky Senator ____ voted against the spending bill on 9 March 2026.";
    const all = personTiers(person, { knowledge, article, stem, sentenceIndex: 0 }).flat();
    expect(all.filter((n) => n !== "Mitch McConnell" && officeOf(n)?.endsWith("Kentucky"))).toEqual(
      [],
    );
  });
});

describe("a cabinet minister's options are other ministers of that government", () => {
  it.each([
    [
      "Treasury Secretary Scott Bessent met Chinese officials in Geneva on Thursday.",
      "Scott Bessent",
    ],
    ["Defence Secretary Pete Hegseth travelled to Manila on Thursday.", "Pete Hegseth"],
  ])("%s", (body, answer) => {
    const article = analyseArticle({ title: "T", body, publishedAt: "2026-07-12" }, { knowledge });
    const person = article.entities.find((e) => e.name === answer);
    if (person?.kind !== "person") throw new Error("no person");
    const stem = `As of July 2026, who is the ${person.title} of the United States?`;
    const all = personTiers(person, { knowledge, article, stem, sentenceIndex: 0 }).flat();
    const others = all.filter((n) => n !== answer);
    expect(others.length).toBeGreaterThanOrEqual(3);
    // No President or Vice-President, no senator, no other country's minister.
    for (const name of others) {
      const holder = knowledge.officeHolders.find((h) => h.name === name);
      expect(holder?.role, name).toBe("minister");
      expect(holder?.country, name).toBe("United States");
    }
  });
});

describe("'Which <title>' stems offer only that title", () => {
  it.each([
    [
      "no emperor or foreign minister",
      "Prime Minister Sanae Takaichi opened a new bullet train line in Kyushu on Monday.",
      "Sanae Takaichi",
    ],
    [
      "no chief minister or Union minister",
      "Prime Minister Narendra Modi has inaugurated a new terminal at the Navi Mumbai airport.",
      "Narendra Modi",
    ],
  ])("Which Prime Minister: %s", (_, body, answer) => {
    const stem = "In March 2026, which Prime Minister opened the new line?";
    for (const name of tierOptions(body, answer, stem)) {
      expect(officeOf(name) ?? "").toContain("Prime Minister");
    }
  });

  it("a 'who is' stem may still offer other office holders of the country", () => {
    const body =
      "Prime Minister Narendra Modi has inaugurated a new terminal at the Navi Mumbai airport.";
    const others = tierOptions(
      body,
      "Narendra Modi",
      "As of March 2026, who is the Prime Minister of India?",
    );
    expect(others).toHaveLength(3);
    expect(others.every((n) => !/Chief Minister/.test(officeOf(n) ?? ""))).toBe(true);
  });
});

describe("peers of a sub-national or institutional office", () => {
  it.each([
    [
      "a premier without a country",
      "Ontario Premier Doug Ford opened a new transit line in Toronto on Monday.",
      "Doug Ford",
      "As of March 2026, who is the Premier of Ontario?",
      "premier",
    ],
    [
      "a regional president",
      "Madrid's regional president Isabel Díaz Ayuso opened a new hospital on Monday.",
      "Isabel Díaz Ayuso",
      "As of March 2026, who is the regional president of Madrid?",
      "regional president",
    ],
  ])("%s: the first options hold that office elsewhere", (_, body, answer, stem, title) => {
    const others = tierOptions(body, answer, stem);
    expect(others).toHaveLength(3);
    for (const name of others) {
      const office = officeOf(name);
      expect(office && officeTitle(knowledge, office)).toBe(title);
    }
  });

  const countryOf = (name: string) =>
    knowledge.officeHolders.find((h) => h.name === name || h.aliases?.includes(name))?.country ??
    knowledge.notablePeople?.find((p) => p.name === name)?.country;
  it.each([
    [
      "New York Governor Kathy Hochul opened a new rail tunnel under the Hudson on Monday.",
      "Kathy Hochul",
      "As of March 2026, who is the Governor of New York?",
      "United States",
    ],
    [
      "Tokyo Governor Yuriko Koike opened a new flood barrier in Edogawa on Monday.",
      "Yuriko Koike",
      "As of March 2026, who is the Governor of Tokyo?",
      "Japan",
    ],
    [
      "Moscow region governor Andrei Vorobyov opened a new hospital in Podolsk on Monday.",
      "Andrei Vorobyov",
      "As of March 2026, who is the governor of the Moscow region?",
      "Russia",
    ],
    [
      "Ontario Premier Doug Ford opened a new transit line in Toronto on Monday.",
      "Doug Ford",
      "Ontario Premier ____ opened a new transit line in Toronto on 9 March 2026.",
      "Canada",
    ],
    [
      "Bangkok governor Chadchart Sittipunt opened a new canal walkway on Monday.",
      "Chadchart Sittipunt",
      "As of March 2026, who is the governor of Bangkok?",
      "Thailand",
    ],
  ])("a governor's options govern in the same country: %s", (body, answer, stem, country) => {
    const others = tierOptions(body, answer, stem);
    expect(others).toHaveLength(3);
    for (const name of others) expect(countryOf(name)).toBe(country);
  });

  it.each([
    [
      "a governor of a place knowledge does not know",
      "Zembla governor Kiran Das opened a new hospital on Monday.",
      "Kiran Das",
      "As of March 2026, who is the governor of Zembla?",
    ],
    [
      "a governor without peers at home",
      "Sambalpur governor Kiran Das opened a new bridge over the river on Monday.",
      "Kiran Das",
      "As of March 2026, who is the governor of Sambalpur?",
    ],
  ])("no foreign governor for %s: no options", (_, body, answer, stem) => {
    for (const name of tierOptions(body, answer, stem)) {
      expect(knowledge.officeHolders.find((h) => h.name === name)?.office ?? "").not.toMatch(
        /^Governor of/,
      );
    }
  });

  it("a national premier is no provincial head: other Chinese leaders, no Canadian premier", () => {
    const body = "Chinese Premier Li Qiang opened a new trade fair in Guangzhou on Monday.";
    const others = tierOptions(body, "Li Qiang", "As of March 2026, who is the Premier of China?");
    expect(others).toHaveLength(3);
    for (const name of others) expect(countryOf(name)).toBe("China");
  });

  it("a city's governor is no option for its country's head of government", () => {
    const body = "Prime Minister Anutin Charnvirakul opened a new metro line in Bangkok on Monday.";
    const stem = "As of March 2026, who is the Prime Minister of Thailand?";
    expect(tierOptions(body, "Anutin Charnvirakul", stem)).not.toContain("Chadchart Sittipunt");
  });

  it("the head of an agency with no typed peers: no journalist or police officer to fill up", () => {
    const body =
      "CIA Director Jane Rao met senators in Washington on Monday. Secret Service officer Victor Lim guarded the room.";
    const article = analyseArticle({ title: "T", body, publishedAt: "2026-03-10" }, { knowledge });
    const person = article.entities.find((e) => e.name === "Jane Rao");
    if (person?.kind !== "person") throw new Error("no person");
    const stem = "As of March 2026, who is the Director of the Central Intelligence Agency?";
    const all = personTiers(person, { knowledge, article, stem, sentenceIndex: 0 }).flat();
    expect(all).not.toContain("Victor Lim");
  });

  it("the head of a national agency: former heads of that agency, most recent first", () => {
    const body = "FBI Director Kash Patel briefed senators on the bombing inquiry on Monday.";
    const stem = "As of March 2026, who is the Director of the Federal Bureau of Investigation?";
    expect(tierOptions(body, "Kash Patel", stem).sort()).toEqual(
      ["Christopher Wray", "James Comey", "Robert Mueller"].sort(),
    );
  });

  it.each([
    [
      "who.role-apposition",
      "In her speech, LPCA President Mira Sethi of Dawn TV thanked the guests.",
    ],
    [
      "who.title-descriptor",
      "LPCA President Mira Sethi thanked the guests at the dinner on Saturday.",
    ],
    [
      "who.role-apposition",
      "Mira Sethi, the president of the LPCA, thanked the guests on Saturday.",
    ],
  ])("%s: no stem names a body by an acronym knowledge cannot spell out", (_, body) => {
    const { questions, rejected } = generateQuestions({
      title: "T",
      body,
      publishedAt: "2026-03-10",
    });
    const stems = [...questions, ...rejected].map((q) => q.stem);
    expect(stems.filter((s) => /\bof (the )?LPCA\?/.test(s))).toEqual([]);
  });

  it("a known acronym is still asked, by the body's full name", () => {
    const body = "ISRO chairman V. Narayanan inspected the launch pad at Sriharikota on Monday.";
    const { questions } = generateQuestions({ title: "T", body, publishedAt: "2026-03-10" });
    expect(questions.map((q) => q.stem)).toContain(
      "As of March 2026, who is the chairman of the Indian Space Research Organisation?",
    );
  });

  it("a state governor's options are no central bank governor", () => {
    const body = "Texas Governor Greg Abbott signed a water bill in Austin on Monday.";
    const stem = "As of March 2026, who is the Governor of Texas?";
    expect(tierOptions(body, "Greg Abbott", stem)).not.toContain("Sanjay Malhotra");
  });

  it("a body of unknown kind takes no heads of UN or EU bodies as peers", () => {
    const body =
      "Kiran Das, the president of the Lakeside Rowing Club, opened a boathouse on Monday.";
    const stem = "As of March 2026, who is the president of the Lakeside Rowing Club?";
    const article = analyseArticle({ title: "T", body, publishedAt: "2026-03-10" }, { knowledge });
    const person = article.entities.find((e) => e.name === "Kiran Das");
    if (person?.kind !== "person") throw new Error("no person");
    const all = personTiers(person, { knowledge, article, stem, sentenceIndex: 0 }).flat();
    for (const name of ["Ursula von der Leyen", "António Costa", "Annalena Baerbock"]) {
      expect(all).not.toContain(name);
    }
  });
});

describe("a demonym in the stem narrows the options to its country", () => {
  it("'Which South Korean President' offers only South Koreans, though 'South Korea' is a word in it", () => {
    const body = "South Korean President Lee Jae Myung opened a new port in Busan on Monday.";
    const stem = "In March 2026, which South Korean President opened a new port in Busan?";
    const others = tierOptions(body, "Lee Jae Myung", stem);
    for (const name of others) {
      expect(knowledge.officeHolders.find((h) => h.name === name)?.country).toBe("South Korea");
    }
  });
});

describe("roles knowledge corrects", () => {
  it("the head of an international body is offered heads of other international bodies", () => {
    const body =
      "Managing Director Kristalina Georgieva of the International Monetary Fund opened the meetings in Washington on Monday.";
    const stem = "In March 2026, who opened the meetings in Washington?";
    const others = tierOptions(body, "Kristalina Georgieva", stem);
    expect(others).toHaveLength(3);
    for (const name of others) {
      const holder = knowledge.officeHolders.find((h) => h.name === name);
      const org = knowledge.organisations.find((o) => o.name === holder?.organisation);
      expect(org?.country).toBeUndefined();
      expect(holder?.role).toBe("official");
    }
  });

  it("'Captain X' of a known hockey player is no army officer: options are hockey players", () => {
    const body =
      "Captain Harmanpreet Singh scored twice from penalty corners in Bhubaneswar on Sunday.";
    const { questions, rejected } = generateQuestions({
      title: "T",
      body,
      publishedAt: "2026-02-10",
    });
    const stems = [...questions, ...rejected].map((q) => q.stem);
    expect(stems.some((s) => /^Which hockey player scored twice/.test(s))).toBe(true);
    const others = tierOptions(body, "Harmanpreet Singh", "Which hockey player scored twice?");
    expect(others).toHaveLength(3);
    for (const name of others) {
      expect(knowledge.notablePeople?.find((p) => p.name === name)?.field).toBe("hockey player");
    }
  });
});
