import { describe, expect, it } from "vitest";
import {
  addDays,
  findDates,
  formatDate,
  monthYear,
  parsePublishedDate,
  weekday,
} from "../../src/generator/dates";
import type { Sentence } from "../../src/generator/types";

const sentence = (text: string): Sentence[] => [{ index: 0, paragraph: 0, text }];
const SUNDAY_4_JAN_2026 = { year: 2026, month: 1, day: 4 };

/** Each found date as "text => formatted date". */
const found = (text: string, published: typeof SUNDAY_4_JAN_2026 | null = SUNDAY_4_JAN_2026) =>
  findDates(sentence(text), published ?? undefined).map(
    (d) => `${d.text} => ${formatDate(d.date, d.granularity)}`,
  );

describe("parsePublishedDate", () => {
  it.each([
    ["2026-01-04", SUNDAY_4_JAN_2026],
    ["2026-01-04T09:30:00Z", SUNDAY_4_JAN_2026],
    ["2026-01-04T23:59:59+05:30", SUNDAY_4_JAN_2026],
    ["2024-02-29", { year: 2024, month: 2, day: 29 }],
  ])("reads %s", (text, expected) => {
    expect(parsePublishedDate(text)).toEqual(expected);
  });

  it.each([
    ["2026-02-30"],
    ["2025-02-29"],
    ["2026-13-01"],
    ["04/01/2026"],
    ["January 4, 2026"],
    [""],
    [undefined],
  ])("rejects %s", (text) => {
    expect(parsePublishedDate(text)).toBeUndefined();
  });
});

describe("date arithmetic", () => {
  it.each([
    [SUNDAY_4_JAN_2026, 0],
    [{ year: 2026, month: 1, day: 5 }, 1],
    [{ year: 2025, month: 12, day: 31 }, 3],
  ])("weekday of %j is %i", (date, expected) => {
    expect(weekday(date)).toBe(expected);
  });

  it.each([
    [SUNDAY_4_JAN_2026, -5, { year: 2025, month: 12, day: 30 }],
    [{ year: 2024, month: 2, day: 28 }, 1, { year: 2024, month: 2, day: 29 }],
    [{ year: 2025, month: 12, day: 31 }, 1, { year: 2026, month: 1, day: 1 }],
  ])("%j plus %i days", (date, days, expected) => {
    expect(addDays(date, days)).toEqual(expected);
  });

  it.each([
    [{ year: 2026, month: 1, day: 4 }, "day", "4 January 2026"],
    [{ year: 2026, month: 1, day: 4 }, "month", "January 2026"],
    [{ year: 2026, month: 1 }, "month", "January 2026"],
    [{ year: 2026 }, "year", "2026"],
  ] as const)("formats %j at %s granularity", (date, granularity, expected) => {
    expect(formatDate(date, granularity)).toBe(expected);
  });

  it("gives the month and year for time-anchored stems", () => {
    expect(monthYear({ year: 2025, month: 11 })).toBe("November 2025");
  });
});

describe("findDates: explicit dates", () => {
  it.each([
    ["The accord was signed on 4 January 2026 in Dhaka.", ["on 4 January 2026 => 4 January 2026"]],
    [
      "The accord was signed on January 4, 2026, in Dhaka.",
      ["on January 4, 2026 => 4 January 2026"],
    ],
    ["Polling was held on 21st March 2024.", ["on 21st March 2024 => 21 March 2024"]],
    ["The mission launched in July 2023 from Sriharikota.", ["in July 2023 => July 2023"]],
    ["In March 2011, the reactor was shut down.", ["In March 2011 => March 2011"]],
    ["The treaty lapsed in 2019 after a dispute.", ["in 2019 => 2019"]],
    [
      "India has hosted the event since 2010, and will do so until 2030.",
      ["since 2010 => 2010", "until 2030 => 2030"],
    ],
    ["The plan targets net zero by 2070.", ["by 2070 => 2070"]],
    ["The law changed in 2019 — a turning point.", ["in 2019 => 2019"]],
    ["It was the wettest monsoon of 2025.", ["of 2025 => 2025"]],
    ["The rules apply from November 1, 2025.", ["from November 1, 2025 => 1 November 2025"]],
    [
      "On 1 January in 2009, a fire broke out at the club.",
      ["On 1 January in 2009 => 1 January 2009"],
    ],
    ["Ahmedabad will host the Games in 2030 for 2036 ambitions.", ["in 2030 => 2030"]],
    ["The talks were held on Jan. 4, 2026, in Male.", ["on Jan. 4, 2026 => 4 January 2026"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it("keeps explicit dates without a published date", () => {
    expect(found("The accord was signed on 4 January 2026.", null)).toEqual([
      "on 4 January 2026 => 4 January 2026",
    ]);
  });

  it("records where the date stands in the sentence", () => {
    const [date] = findDates(sentence("Talks began in 2019 in Doha."), SUNDAY_4_JAN_2026);
    expect(date).toMatchObject({
      sentence: 0,
      start: 12,
      end: 19,
      text: "in 2019",
      granularity: "year",
      relative: false,
    });
  });
});

describe("findDates: relative dates against Sunday 4 January 2026", () => {
  it.each([
    ["The prime minister arrived in Colombo on Sunday.", ["on Sunday => 4 January 2026"]],
    ["A summit with the president is scheduled for Monday.", ["Monday => 5 January 2026"]],
    ["The two leaders will sign the pact on Tuesday.", ["on Tuesday => 6 January 2026"]],
    ["The envoy met the governor on Tuesday.", ["on Tuesday => 30 December 2025"]],
    ["On Friday, the minister will open the bridge.", ["On Friday => 9 January 2026"]],
    ["On Friday, the minister opened the bridge.", ["On Friday => 2 January 2026"]],
    ["The navy tested the missile last Sunday.", ["last Sunday => 28 December 2025"]],
    ["Results come out next Sunday.", ["next Sunday => 11 January 2026"]],
    ["The leaders last met last November in Lima.", ["last November => November 2025"]],
    ["Elections are due next March.", ["next March => March 2026"]],
    ["The bill was passed in November.", ["in November => November 2025"]],
    ["The bill will be tabled in March.", ["in March => March 2026"]],
    ["The board approved the merger on 12 March.", ["on 12 March => 12 March 2025"]],
    ["The board will vote on 12 March.", ["on 12 March => 12 March 2026"]],
    ["Markets reopened today after the holiday.", ["today => 4 January 2026"]],
    ["The ceasefire collapsed yesterday.", ["yesterday => 3 January 2026"]],
    ["The talks resume tomorrow in Geneva.", ["tomorrow => 5 January 2026"]],
    ["The envoy landed on Jan. 2 and left the next day.", ["on Jan. 2 => 2 January 2026"]],
    ["The rupee fell sharply last month.", ["last month => December 2025"]],
    ["Exports rose this month, officials said.", ["this month => January 2026"]],
    ["Inflation eased last year.", ["last year => 2025"]],
    ["The census begins next year.", ["next year => 2027"]],
    ["The court ruled earlier this year that the law stands.", ["earlier this year => 2026"]],
    ["The naval drill will be held in June.", ["in June => June 2026"]],
    ["The treaty was signed in July last year.", ["in July last year => July 2025"]],
    ["Schools will stay shut until Thursday.", ["until Thursday => 8 January 2026"]],
    ["The teams meet again on Tuesday in Pune.", ["on Tuesday => 6 January 2026"]],
    ["The teams play each other on Friday in Pune.", ["on Friday => 9 January 2026"]],
    ["The teams played each other on Friday in Pune.", ["on Friday => 2 January 2026"]],
    ["The ministers agreed to meet on Friday.", ["on Friday => 2 January 2026"]],
    ["The army shot down two drones on Friday.", ["on Friday => 2 January 2026"]],
    [
      "Counting is between February 2 and February 6.",
      ["February 2 => 2 February 2026", "February 6 => 6 February 2026"],
    ],
    ["Officials said on Friday the bridge will open.", ["on Friday => 2 January 2026"]],
    ["The highway is closed since Saturday.", ["since Saturday => 3 January 2026"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it("resolves 'last November' across a year boundary from a December publication", () => {
    expect(found("They met last November.", { year: 2025, month: 12, day: 15 })).toEqual([
      "last November => November 2025",
    ]);
    expect(found("They met last November.", { year: 2025, month: 11, day: 15 })).toEqual([
      "last November => November 2024",
    ]);
  });

  it("marks resolved dates as relative", () => {
    const [date] = findDates(sentence("The envoy arrived on Sunday."), SUNDAY_4_JAN_2026);
    expect(date).toMatchObject({ relative: true, granularity: "day", date: SUNDAY_4_JAN_2026 });
  });

  it.each([
    ["The envoy arrived on Sunday."],
    ["They met last November."],
    ["Markets reopened today."],
    ["The board approved the merger on 12 March."],
    ["Inflation eased last year."],
  ])("anchors nothing without a published date: %s", (text) => {
    expect(found(text, null)).toEqual([]);
  });
});

describe("findDates: things that are not dates", () => {
  it.each([
    ["The project will be finished in six years."],
    ["The ban has been in place for nearly a decade."],
    ["The minister began a four-day visit."],
    ["More than 2,000 people attended the rally."],
    ["The state approved Rs 500 crore for roads."],
    ["Music from the 1990s filled the hall."],
    ["Call the helpline on 1800 425 1213 for details."],
    ["Delegates gathered for COP30 in Belem and the G20 in Johannesburg."],
    ["India has bid for the 2036 Olympics."],
    ["In its 2026 report, the agency flagged risks."],
    ["The budget for 2025-26 was tabled."],
    ["Shoppers queued for Black Friday deals."],
    ["The Sunday Times carried the interview."],
    ["India Today reported the story."],
    ["The next year, he won the seat again."],
    ["The October 7 attack changed the region."],
    ["Memorials marked the September 11 attacks in 2001."],
    ["Prices have risen by 2000 rupees a tonne."],
    ["Today, most farmers use drip irrigation."],
    ["Both parties are fighting for control in November."],
    ["Fishermen have been told to stay ashore until Thursday."],
    ["The minister said growth was likely to stay strong in the financial year ending in March."],
  ])("%s", (text) => {
    expect(found(text).filter((d) => !d.startsWith("in 2001"))).toEqual([]);
  });
});

describe("findDates: weeks, dated by their month when the whole week lies in one", () => {
  it.each([
    // Published Monday 8 December 2025: last week is 1–7 December.
    [
      "The envoy visited Pune last week.",
      { year: 2025, month: 12, day: 8 },
      ["last week => December 2025"],
    ],
    // Published Saturday 25 July 2026: this week is 20–26 July, next week 27 July–2 August.
    ["The council meets this week.", { year: 2026, month: 7, day: 25 }, ["this week => July 2026"]],
    ["The council meets next week.", { year: 2026, month: 7, day: 25 }, []],
    // Published Sunday 4 January 2026: last week is 22–28 December, this week 29 December–4 January.
    ["The port reopened last week.", SUNDAY_4_JAN_2026, ["last week => December 2025"]],
    ["The port reopened this week.", SUNDAY_4_JAN_2026, []],
    // Counted from the story's own events, not from publication.
    ["The port reopened in the last week of the strike.", SUNDAY_4_JAN_2026, []],
  ])("%s", (text, published, expected) => {
    expect(found(text, published)).toEqual(expected);
  });
});
