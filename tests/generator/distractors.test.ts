import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { analyseArticle } from "../../src/generator/analyse";
import { isNested, sameOption } from "../../src/generator/checks/index";
import { dateDistractors } from "../../src/generator/distractors/calendar";
import { chooseOptions } from "../../src/generator/distractors/index";
import { formatNumber, numberDistractors } from "../../src/generator/distractors/numbers";
import { createRandom } from "../../src/generator/random";
import { defaultRules } from "../../src/generator/rules/index";
import type { AnalysedArticle, Candidate, DateMention } from "../../src/generator/types";

describe("numberDistractors", () => {
  it.each([[1], [2], [4], [6], [12], [27], [140], [8000], [140000], [2.5]])(
    "gives three distinct plausible values near %d",
    (value) => {
      for (let seed = 0; seed < 20; seed++) {
        const options = numberDistractors(value, createRandom(seed));
        expect(options).toHaveLength(3);
        const all = [formatNumber(value), ...options];
        expect(new Set(all).size).toBe(4);
        for (const option of options) {
          const n = Number(option.replace(/,/g, ""));
          expect(n).toBeGreaterThan(0);
          expect(Math.abs(n - value)).toBeLessThanOrEqual(Math.max(6, value * 0.8));
        }
      }
    },
  );

  // "from 36 hours to how many?": the stem's own figure bounds the options, and the answer is
  // never the option nearest to it (that would give an increase or a cut away).
  it.each([
    [48, 36],
    [15014, 14158],
    [2, 6],
    [120, 150],
  ])("keeps %d's options beyond %d, with one between them", (value, beyond) => {
    for (let seed = 0; seed < 20; seed++) {
      const options = numberDistractors(value, createRandom(seed), [], 0.2, beyond);
      expect(options).toHaveLength(3);
      const numbers = options.map((o) => Number(o.replace(/,/g, "")));
      const up = beyond < value;
      for (const n of numbers) expect(up ? n > beyond : n < beyond).toBe(true);
      expect(numbers.some((n) => (up ? n < value : n > value))).toBe(true);
    }
  });

  it("keeps a real gap: no neighbour within 7% of the answer", () => {
    for (let seed = 0; seed < 20; seed++) {
      for (const value of [230, 858, 4580]) {
        for (const option of numberDistractors(value, createRandom(seed))) {
          const n = Number(option.replace(/,/g, ""));
          expect(Math.abs(n - value) / value).toBeGreaterThanOrEqual(0.07);
        }
      }
    }
  });

  // A round key among unround options is a cue: 200,000 against 180,000 and 220,000.
  it.each([
    [20, 5],
    [2000, 500],
    [200000, 50000],
    [600000, 100000],
    [1000, 500],
    [80, 10],
    [10, 5],
  ])("puts the options of round %d on its own grid (multiples of %d)", (value, grid) => {
    for (let seed = 0; seed < 20; seed++) {
      const options = numberDistractors(value, createRandom(seed));
      expect(options).toHaveLength(3);
      for (const option of options) expect(Number(option.replace(/,/g, "")) % grid).toBe(0);
    }
  });

  it.each([[10], [20], [2000], [200000]])("keeps round %d inside its run of options", (value) => {
    for (let seed = 0; seed < 20; seed++) {
      const options = numberDistractors(value, createRandom(seed)).map((o) =>
        Number(o.replace(/,/g, "")),
      );
      expect(options.some((n) => n < value)).toBe(true);
      expect(options.some((n) => n > value)).toBe(true);
    }
  });

  it.each([[27], [230], [858], [12]])("leaves unround %d to the near spread", (value) => {
    const gaps = new Set<number>();
    for (let seed = 0; seed < 20; seed++)
      for (const option of numberDistractors(value, createRandom(seed)))
        gaps.add(Math.abs(Number(option.replace(/,/g, "")) - value));
    expect(Math.min(...gaps)).toBeLessThan(value * 0.25);
  });

  it("never offers a number the article also gives for the same thing", () => {
    for (let seed = 0; seed < 20; seed++) {
      expect(numberDistractors(4, createRandom(seed), [5, 3])).not.toContain("5");
      expect(numberDistractors(4, createRandom(seed), [5, 3])).not.toContain("3");
    }
  });

  it.each([
    [8000, "8,000"],
    [140000, "140,000"],
    [27, "27"],
    [2.5, "2.5"],
  ])("formats %d as %s", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

const mention = (
  date: DateMention["date"],
  granularity: DateMention["granularity"],
): DateMention => ({
  sentence: 0,
  start: 0,
  end: 5,
  text: "x",
  date,
  granularity,
  relative: false,
});

describe("dateDistractors", () => {
  it.each([
    [mention({ year: 2026, month: 1, day: 5 }, "day"), /^\d{1,2} (December 2025|January 2026)$/],
    [mention({ year: 2026, month: 1 }, "month"), /^[A-Z][a-z]+ 202[56]$/],
    [mention({ year: 2019 }, "year"), /^20(1[6-9]|2[0-2])$/],
  ])("keeps the granularity and a small distance (%#)", (date, shape) => {
    for (let seed = 0; seed < 10; seed++) {
      const options = dateDistractors(date, createRandom(seed));
      expect(options).toHaveLength(3);
      for (const option of options) expect(option).toMatch(shape);
      expect(new Set(options).size).toBe(3);
    }
  });

  it("never repeats the answer or another date of the sentence", () => {
    const date = mention({ year: 2026, month: 1, day: 5 }, "day");
    for (let seed = 0; seed < 10; seed++) {
      const options = dateDistractors(date, createRandom(seed), ["6 January 2026"]);
      expect(options).not.toContain("5 January 2026");
      expect(options).not.toContain("6 January 2026");
    }
  });

  // A past event gets past options: nothing after the published date, at any granularity.
  it.each([
    [mention({ year: 2026, month: 7, day: 12 }, "day"), { year: 2026, month: 7, day: 13 }],
    [mention({ year: 2026, month: 6 }, "month"), { year: 2026, month: 7, day: 28 }],
    [mention({ year: 2025 }, "year"), { year: 2026, month: 7, day: 1 }],
  ])("offers nothing after the published date (%#)", (date, published) => {
    const depth = { year: 1, month: 2, day: 3 }[date.granularity];
    const cap = sortKey(
      [published.day, monthName(published.month), published.year].join(" "),
      depth,
    );
    for (let seed = 0; seed < 10; seed++) {
      const options = dateDistractors(date, createRandom(seed), [], published);
      expect(options).toHaveLength(3);
      for (const option of options) expect(sortKey(option, depth)).toBeLessThanOrEqual(cap);
    }
  });

  // The key is never the only option in another month or year when neighbours in its own exist.
  it.each([
    [mention({ year: 2009, month: 1, day: 1 }, "day"), / January 2009$/],
    [mention({ year: 2026, month: 3, day: 30 }, "day"), / March 2026$/],
    [mention({ year: 2025, month: 12 }, "month"), / 2025$/],
  ])("keeps the options in the answer's month or year where it can (%#)", (date, same) => {
    for (let seed = 0; seed < 10; seed++) {
      const options = dateDistractors(date, createRandom(seed), [], { year: 2026, month: 7 });
      expect(options.filter((o) => same.test(o)).length).toBeGreaterThanOrEqual(2);
    }
  });

  it.each([
    [true, false],
    [false, true],
  ])("overnight %s: the day after is offered somewhere: %s", (overnight, offered) => {
    const date = mention({ year: 2026, month: 7, day: 12 }, "day");
    const published = { year: 2026, month: 7, day: 14 };
    const seen = new Set<string>();
    for (let seed = 0; seed < 20; seed++) {
      for (const o of dateDistractors(date, createRandom(seed), [], published, overnight)) {
        seen.add(o);
      }
    }
    expect(seen.has("13 July 2026")).toBe(offered);
  });

  // The month or year of writing could only get earlier options: the answer would always be the
  // latest one. The day of writing keeps its options (days before it are as plausible).
  it.each([
    [mention({ year: 2026, month: 7 }, "month"), 0],
    [mention({ year: 2026 }, "year"), 0],
    [mention({ year: 2026, month: 7, day: 25 }, "day"), 3],
    [mention({ year: 2026, month: 6 }, "month"), 3],
  ])("the month or year of writing gets no options (%#)", (date, count) => {
    const published = { year: 2026, month: 7, day: 25 };
    expect(dateDistractors(date, createRandom(1), [], published)).toHaveLength(count);
  });

  it("a future date keeps neighbours on both sides", () => {
    const date = mention({ year: 2026, month: 9, day: 20 }, "day");
    const all = new Set<string>();
    for (let seed = 0; seed < 10; seed++)
      for (const o of dateDistractors(date, createRandom(seed), [], {
        year: 2026,
        month: 7,
        day: 1,
      }))
        all.add(o);
    expect([...all].some((o) => /^2[1-3] September/.test(o))).toBe(true);
  });
});

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const monthNumber = (name: string): number => MONTH_NAMES.indexOf(name) + 1;
const monthName = (n: number): string => MONTH_NAMES[n - 1] ?? "";
/** "12 July 2026" → 20260712, cut to the granularity's depth (1 year, 2 month, 3 day). */
const sortKey = (text: string, depth: number): number => {
  const parts = text.split(" ");
  const year = Number(parts[parts.length - 1]);
  const month = parts.length >= 2 ? monthNumber(parts[parts.length - 2] ?? "") : 0;
  const day = parts.length === 3 ? Number(parts[0]) : 0;
  return year * 10_000 + (depth >= 2 ? month * 100 : 0) + (depth >= 3 ? day : 0);
};

const article = (body: string): AnalysedArticle =>
  analyseArticle({ title: "Test article", body, publishedAt: "2026-02-10" }, { knowledge });

const candidatesOf = (analysed: AnalysedArticle, ruleId: string): Candidate[] =>
  defaultRules.filter((r) => r.id === ruleId).flatMap((r) => r.apply(analysed, knowledge));

const optionsFor = (analysed: AnalysedArticle, candidate: Candidate, seed = 1) =>
  chooseOptions({ candidate, knowledge, article: analysed, random: createRandom(seed) });

describe("chooseOptions for entities", () => {
  it.each([
    [
      "a sea gets other seas of the region",
      "North Korea fired two missiles into the Sea of Japan on Friday.",
      "where.event-place",
      (name: string) => knowledge.waterBodies.some((w) => w.name === name && w.type === "sea"),
    ],
    [
      "a country gets countries",
      "India has deepened ties with France, its oldest strategic partner in Europe, and Japan.",
      "which-country.apposition",
      (name: string) => knowledge.countries.some((c) => c.name === name && !c.status),
    ],
    [
      "a stem about the sea gets no landlocked country",
      "Chinese Coast Guard vessels are patrolling the waters around the Senkaku Islands. Japan has lodged a protest with China.",
      "which-country.demonym-subject",
      (name: string) => knowledge.countries.some((c) => c.name === name && !c.landlocked),
    ],
    [
      "an Indian company gets Indian companies when the stem says Indian",
      "Infosys, the second-largest software services firm in India, opened a campus in Mysuru.",
      "which-company.description",
      (name: string) => knowledge.companies.some((c) => c.name === name && c.country === "India"),
    ],
    [
      "a head of government gets office holders",
      "Japanese Prime Minister Sanae Takaichi visited New Delhi on Monday for talks on defence ties.",
      "who.role-country",
      // Office holders, or a former holder of the office (a past Prime Minister of Japan).
      (name: string) =>
        knowledge.officeHolders.some((h) => h.name === name) ||
        (knowledge.notablePeople ?? []).some(
          (p) => p.name === name && p.pastPosts?.some((t) => t.post === "Prime Minister of Japan"),
        ),
    ],
  ])("%s", (_, body, ruleId, sameType) => {
    const analysed = article(body);
    const [candidate] = candidatesOf(analysed, ruleId);
    expect(candidate).toBeDefined();
    if (!candidate) return;
    for (let seed = 0; seed < 10; seed++) {
      const result = optionsFor(analysed, candidate, seed);
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      expect(result.options).toHaveLength(4);
      expect(result.options[result.answerIndex]).toBe(candidate.answer);
      const distractors = result.options.filter((o) => o !== candidate.answer);
      for (const option of distractors) {
        expect(sameType(option)).toBe(true);
        expect(isNested(option, candidate.answer)).toBe(false);
        expect(sameOption(option, candidate.answer)).toBe(false);
      }
    }
  });

  it("never offers what the article ties to the same fact", () => {
    const analysed = article("Japan and India signed a shipbuilding pact in Tokyo on Monday.");
    const candidate: Candidate = {
      ...(candidatesOf(
        article("India signed a shipbuilding pact in Tokyo on Monday."),
        "which-country.subject-of-event",
      )[0] as Candidate),
      alsoTrue: ["Japan"],
    };
    for (let seed = 0; seed < 20; seed++) {
      const result = optionsFor(analysed, candidate, seed);
      if (result.ok) expect(result.options).not.toContain("Japan");
    }
  });

  it("never offers an alias of the answer", () => {
    const analysed = article("The United States, its main security ally, sent two destroyers.");
    const country = analysed.entities.find((e) => e.name === "United States");
    expect(country).toBeDefined();
    if (!country) return;
    const candidate = {
      ...(candidatesOf(
        article("India signed a shipbuilding pact in Tokyo on Monday."),
        "which-country.subject-of-event",
      )[0] as Candidate),
      answer: "United States",
      answerKind: { kind: "entity" as const, entity: country },
    };
    const aliases = (
      knowledge.countries.find((c) => c.name === "United States")?.aliases ?? []
    ).map((a) => a.toLowerCase());
    for (let seed = 0; seed < 20; seed++) {
      const result = optionsFor(analysed, candidate, seed);
      if (!result.ok) continue;
      for (const option of result.options) expect(aliases).not.toContain(option.toLowerCase());
    }
  });

  it("puts the answer in different positions across candidates", () => {
    const analysed = article("North Korea fired two missiles into the Sea of Japan on Friday.");
    const [candidate] = candidatesOf(analysed, "where.event-place");
    if (!candidate) throw new Error("no candidate");
    const positions = new Set<number>();
    for (let seed = 0; seed < 30; seed++) {
      const result = optionsFor(analysed, candidate, seed);
      if (result.ok) positions.add(result.answerIndex);
    }
    expect(positions.size).toBe(4);
  });

  it("gives up rather than mixing types when too few of the same kind exist", () => {
    const analysed = article("The volunteers of Ward 9 cleaned the lake on Sunday.");
    const fake: Candidate = {
      ruleId: "where.event-place",
      type: "where",
      stem: "Which lake did the volunteers clean in February 2026?",
      answer: "Nowhere Lake",
      answerKind: {
        kind: "entity",
        entity: {
          kind: "place",
          id: "place:x",
          name: "Nowhere Lake",
          placeType: "state",
          mentions: [],
        },
      },
      sentence: analysed.sentences[0] as Candidate["sentence"],
      reliesOn: [],
      alsoTrue: [],
      priority: 0.5,
    };
    expect(optionsFor(analysed, fake).ok).toBe(false);
  });
});
