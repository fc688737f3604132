import { describe, expect, it } from "vitest";
import { findEntities } from "../../../src/generator/entities/index";
import type { PersonEntity } from "../../../src/generator/types";
import { sentencesOf, world } from "./world";

const people = (...texts: string[]): PersonEntity[] =>
  findEntities(sentencesOf(...texts), world).entities.filter(
    (e): e is PersonEntity => e.kind === "person",
  );

describe("people with titles, roles and nationality", () => {
  it.each([
    [
      "South Korean President Kim Min-jun opened a trade fair in Seoul on Monday.",
      {
        name: "Kim Min-jun",
        title: "President",
        role: "head-of-state",
        nationality: "South Korea",
      },
    ],
    [
      "Chinese Premier Wang Tao met business leaders in Shanghai.",
      { name: "Wang Tao", title: "Premier", role: "head-of-government", nationality: "China" },
    ],
    [
      "Hyundai Motor Group's executive chair, Park Ji-hoon, toured the new plant.",
      {
        name: "Park Ji-hoon",
        title: "executive chair",
        role: "business-leader",
        affiliation: "Hyundai Motor Group",
      },
    ],
    [
      "Park Ji-hoon, executive chair of Hyundai Motor Group, toured the new plant.",
      {
        name: "Park Ji-hoon",
        title: "executive chair",
        role: "business-leader",
        affiliation: "Hyundai Motor Group",
      },
    ],
    [
      "Meera Iyer, the chief executive of Tata Sons, spoke first at the summit.",
      {
        name: "Meera Iyer",
        title: "chief executive",
        role: "business-leader",
        affiliation: "Tata Sons",
      },
    ],
    [
      "Tata Sons chairman N. Raghavan unveiled the new battery unit.",
      { name: "N. Raghavan", title: "chairman", affiliation: "Tata Sons" },
    ],
    [
      "Defence Minister Arun Mehta inaugurated the naval base.",
      { name: "Arun Mehta", title: "Defence Minister", role: "minister" },
    ],
    [
      "Lt Gen A. K. Rathore took charge of the corps.",
      { name: "A. K. Rathore", title: "Lt Gen", role: "military-officer" },
    ],
    [
      "Field Marshal Tariq Anwar reviewed the parade in Islamabad.",
      { name: "Tariq Anwar", title: "Field Marshal" },
    ],
    [
      "Pakistani Gen. Tariq Anwar reviewed the parade.",
      { name: "Tariq Anwar", nationality: "Pakistan" },
    ],
    ["Dr. Jane Rao presented the survey results.", { name: "Jane Rao", title: "Dr" }],
    ["Former Chinese Premier Wang Tao died.", { name: "Wang Tao", nationality: "China" }],
    ["Then India captain Vikram Joshi retired.", { name: "Vikram Joshi", nationality: "India" }],
    [
      "Nepali climber Pasang Sherpa reached the summit at dawn.",
      { name: "Pasang Sherpa", title: "climber", role: "sportsperson", nationality: "Nepal" },
    ],
    ["Mr Arjun Sen declined to comment on the merger.", { name: "Arjun Sen" }],
    ["The plan will work, said Maria van der Berg, a panellist.", { name: "Maria van der Berg" }],
    [
      "Anil Verma visited Kerala to review flood relief.",
      { name: "Anil Verma", role: "head-of-government", nationality: "India" },
    ],
    [
      "Union Home Minister Kavita Joshi chaired the meeting.",
      { name: "Kavita Joshi", title: "Union Home Minister" },
    ],
    ["The press club's president, Rina Das, welcomed guests.", { name: "Rina Das" }],
    [
      "ABCA President Rina Das welcomed guests.",
      { name: "Rina Das", role: "official", affiliation: "ABCA" },
    ],
    [
      "Seoul's regional president Han Ji-woo declared an emergency.",
      { name: "Han Ji-woo", role: "politician" },
    ],
    ["Founder He Wenlong says he will expand.", { name: "He Wenlong", title: "Founder" }],
    [
      "Chief of Defence Staff General Ravi Menon reviewed the drill.",
      { name: "Ravi Menon", title: "Chief of Defence Staff", role: "military-officer" },
    ],
    ["Air Chief Marshal K.P. Rao flew in.", { name: "K.P. Rao", title: "Air Chief Marshal" }],
    ["Navy spokesperson Commander Vivek Rana said the ships would stay.", { name: "Vivek Rana" }],
    ["Priya Nair, 34, runs a bakery in Mumbai.", { name: "Priya Nair" }],
    ["It is risky, said Omar Haddad from the institute.", { name: "Omar Haddad" }],
    [
      "An award went to officer Dev Anand Rao of Tata Sons on Friday.",
      { name: "Dev Anand Rao", title: "officer", affiliation: "Tata Sons" },
    ],
    [
      "Kabaddi India president Mohan Rai praised the squad.",
      { name: "Mohan Rai", role: "official", affiliation: "Kabaddi India" },
    ],
    [
      "RBI chairman Kunal Shah spoke.",
      {
        name: "Kunal Shah",
        title: "chairman",
        role: "official",
        affiliation: "Reserve Bank of India",
      },
    ],
    ["One rider, Surin Kaew, told reporters the road was shut.", { name: "Surin Kaew" }],
  ])("%s", (text, expected) => {
    const found = people(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });

  it.each([
    ["Historically, the port handled grain from the hinterland."],
    ["Amidst the rain, officials waited at the gate."],
    ["The Grand Harbour Festival drew large crowds this year."],
    ["Silver Lake Estates reported higher profits."],
    ["Experts Warn Of Slowdown As Exports Dip"],
    ["Investors in Mumbai cheered the Budget."],
    ["The worst-hit town, Port Avalon, said it needed help."],
    ["Since Route 66, 12, and 14 reopened, traffic eased."],
    ["The officer said Blue Harbour was closed."],
    ["Rates will rise, said Blue Harbour Bank analysts."],
    ["Just before the launch, Japan raised concerns."],
    ["Lee spoke to the crowd."], // a bare surname with no evidence is no one
  ])("finds no person in %s", (text) => {
    expect(people(text)).toEqual([]);
  });

  it("keeps each mention's offsets inside its sentence", () => {
    const sentences = sentencesOf("On Friday, Chinese Premier Wang Tao's motorcade reached Seoul.");
    const [wang] = findEntities(sentences, world).entities.filter((e) => e.kind === "person");
    const mention = wang?.mentions[0];
    expect(mention?.text).toBe("Wang Tao");
    expect(sentences[0]?.text.slice(mention?.start, mention?.end)).toBe("Wang Tao");
  });
});

describe("merging later mentions", () => {
  it("merges a surname and a title + surname into the full name", () => {
    const [kim, ...rest] = people(
      "South Korean President Kim Min-jun arrived in Seoul.",
      "President Kim met students.",
      "Kim's speech was short, and Kim left early.",
    );
    expect(rest).toEqual([]);
    expect(kim?.aliases).toEqual(["Kim"]);
    expect(kim?.mentions.map((m) => m.sentence)).toEqual([0, 1, 2, 2]);
  });

  it("merges a Western surname (the last part)", () => {
    const [meera] = people(
      "Meera Iyer, the chief executive of Tata Sons, spoke.",
      "Iyer said sales rose.",
    );
    expect(meera?.mentions).toHaveLength(2);
  });

  it("does not merge a surname two people share", () => {
    const found = people(
      "Minister Lee Soo-min met Governor Lee Dong-hyun in Seoul.",
      "Lee said the talks went well.",
    );
    expect(found.map((p) => p.name)).toEqual(["Lee Soo-min", "Lee Dong-hyun"]);
    expect(found.flatMap((p) => p.mentions).filter((m) => m.sentence === 1)).toEqual([]);
  });

  it("gives a one-name person the full name the article gives later", () => {
    const [person, ...rest] = people(
      "Mr. Bloggs declined to comment.",
      "Critics said Joe Bloggs had erred.",
    );
    expect(rest).toEqual([]);
    expect(person).toMatchObject({ name: "Joe Bloggs", aliases: ["Bloggs"] });
  });

  it("accepts an unknown name that a following He vouches for", () => {
    expect(people("Rohan Kapoor opened the gallery.", "He thanked the donors.")[0]?.name).toBe(
      "Rohan Kapoor",
    );
  });

  it("takes a company-named surname back as the person's: Premier Doug Ford", () => {
    const knowledge = {
      ...world,
      companies: [
        ...world.companies,
        {
          name: "Ford Motor",
          aliases: ["Ford"],
          sector: "automobiles" as const,
          country: "United States",
        },
      ],
    };
    const { entities } = findEntities(
      sentencesOf("Ontario Premier Doug Ford toured the site.", "Ford said help was coming."),
      knowledge,
    );
    expect(entities.map((e) => e.id)).toEqual(["person:doug-ford"]);
    expect(entities[0]?.mentions).toHaveLength(2);
  });
});
