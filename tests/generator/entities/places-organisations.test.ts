import { describe, expect, it } from "vitest";
import { findEntities, gazetteerIndex } from "../../../src/generator/entities/index";
import { sentencesOf, world } from "./world";

const found = (...texts: string[]) => findEntities(sentencesOf(...texts), world);
const names = (...texts: string[]): string[] =>
  found(...texts).entities.map(
    (e) =>
      `${e.kind}:${e.name}:${e.kind === "place" ? e.placeType : e.kind === "organisation" ? e.orgType : e.role}`,
  );

describe("places", () => {
  it.each([
    ["The navy tracked a launch into the Sea of Japan.", ["place:Sea of Japan:sea"]],
    ["Tankers crowded the Strait of Hormuz.", ["place:Strait of Hormuz:strait"]],
    [
      "A cyclone formed over the Bay of Bengal near Mumbai.",
      ["place:Bay of Bengal:bay", "place:Mumbai:city"],
    ],
    ["Floods spread along the Indus this week.", ["place:Indus:river"]],
    ["China's influence over Japan has grown.", ["place:China:country", "place:Japan:country"]],
    ["The U.S. and China signed the pact.", ["place:United States:country", "place:China:country"]],
    ["The US will reply.", ["place:United States:country"]],
    ["Officials in Washington reacted calmly.", ["place:Washington, D.C.:city"]],
    [
      "Stability in Northeast Asia matters to Seoul.",
      ["place:Northeast Asia:region", "place:Seoul:city"],
    ],
    ["Heavy rain lashed Kerala.", ["place:Kerala:state"]],
    ["Flights to Puducherry resumed.", ["place:Puducherry:city"]],
    [
      "Polls will be held in Kerala and Puducherry.",
      ["place:Kerala:state", "place:Puducherry:state"],
    ],
    ["The Republic of Korea protested.", ["place:South Korea:country"]],
    [
      "South Korea's economy grew, unlike Korea's past under Japanese rule.",
      ["place:South Korea:country"],
    ],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ["Japanese investors bought shares."],
    ["A South Korean delegation arrived."],
    ["They discussed inter-Korean ties and the one-China policy."],
    ["Us and them."],
  ])("finds no place in %s", (text) => {
    expect(found(text).entities.filter((e) => e.kind === "place")).toEqual([]);
  });

  it("links a demonym to its country without a place mention", () => {
    const result = found("Chinese officials met Japanese envoys.");
    expect(result.nationalities.map((n) => [n.text, n.country])).toEqual([
      ["Chinese", "China"],
      ["Japanese", "Japan"],
    ]);
  });

  it("never reduces a sea named after a country to the country", () => {
    const result = found("Missiles fell into the East Sea and the Sea of Japan.");
    expect(result.entities.map((e) => e.id)).toEqual(["place:sea-of-japan"]);
    expect(result.entities[0]?.mentions.map((m) => m.text)).toEqual(["East Sea", "Sea of Japan"]);
  });
});

describe("organisations", () => {
  it.each([
    ["Samsung signed the deal.", "organisation:Samsung Electronics:company"],
    ["Hyundai Motor Group will invest more.", "organisation:Hyundai Motor Group:company"],
    ["The RBI kept rates unchanged.", "organisation:Reserve Bank of India:indian-government"],
    [
      "Leaders met at the SCO summit.",
      "organisation:Shanghai Cooperation Organisation:regional-bloc",
    ],
    ["Kestrel Dynamics Ltd won the contract.", "organisation:Kestrel Dynamics Ltd:company"],
    [
      "The Ministry of Coastal Affairs issued a warning.",
      "organisation:Ministry of Coastal Affairs:other",
    ],
    ["Indus shares rose sharply.", "organisation:Indus Motors:company"],
    [
      "The Union Fisheries Ministry on Monday issued a warning.",
      "organisation:Union Fisheries Ministry:other",
    ],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });

  it.each([
    ["The Grand Harbour Festival drew crowds."],
    ["Channel Harbour News reported the story."],
    ["The US plan failed."],
  ])("finds no organisation in %s", (text) => {
    expect(found(text).entities.filter((e) => e.kind === "organisation")).toEqual([]);
  });

  it("reads a sentence-initial company name as a word when the article uses it as one", () => {
    const knowledge = {
      ...world,
      companies: [
        ...world.companies,
        { name: "Apple", aliases: [], sector: "electronics" as const, country: "United States" },
      ],
    };
    const orgs = (...texts: string[]) =>
      findEntities(sentencesOf(...texts), knowledge).entities.filter(
        (e) => e.kind === "organisation",
      );
    expect(orgs("Apple growers met in the valley.", "Every apple was sold.")).toEqual([]);
    expect(orgs("Apple shares rose.", "Investors cheered.").map((o) => o.name)).toEqual(["Apple"]);
    expect(orgs("Samsung Electronics Co will invest.").map((o) => o.name)).toEqual([
      "Samsung Electronics",
    ]);
  });

  it("keeps U.S. a country even when a company has it as an alias", () => {
    expect(gazetteerIndex(world).lookup("US")?.kind).toBe("place");
    expect(gazetteerIndex(world).lookup("U.S.")?.kind).toBe("place");
  });

  it("attaches a description the article gives a company", () => {
    const [samsung] = found(
      "The delegation includes Samsung, a leader in memory chips for phones, and others.",
    ).entities;
    expect(samsung).toMatchObject({
      name: "Samsung Electronics",
      sector: "electronics",
      country: "South Korea",
      description: "a leader in memory chips for phones",
    });
  });

  it("splits a list of armed forces", () => {
    expect(names("The Army, the Navy and the Air Force held drills.")).toEqual([]);
    expect(names("Pakistan Army and Pakistan Navy units joined.")).toEqual([
      "organisation:Pakistan Army:other",
      "organisation:Pakistan Navy:other",
    ]);
  });
});

describe("gazetteer index", () => {
  it("is built once per knowledge object", () => {
    expect(gazetteerIndex(world)).toBe(gazetteerIndex(world));
    expect(gazetteerIndex({ ...world })).not.toBe(gazetteerIndex(world));
  });

  it.each([
    ["samsung", "Samsung Electronics"],
    ["Sea of Japan", "Sea of Japan"],
    ["the Republic of Korea", "South Korea"],
    ["South Korean", "South Korea"],
    ["RBI", "Reserve Bank of India"],
    ["Verma", "Anil Verma"],
  ])("looks up %s", (text, name) => {
    expect(gazetteerIndex(world).lookup(text)?.name).toBe(name);
  });

  it.each([["Korea"], ["rbi"], ["Atlantis"]])("knows nothing of %s", (text) => {
    expect(gazetteerIndex(world).lookup(text)).toBeUndefined();
  });
});
