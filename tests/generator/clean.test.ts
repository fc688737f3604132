import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/generator/clean";

const TITLE = "Kerala Launches Coastal Shipping Corridor to Cut Freight Costs";

// A dirty scrape in the shape real sites produce, written for this test.
const DIRTY = [
  "Kerala on Monday launched a coastal shipping corridor linking Kochi and Kollam, hoping to move...",
  "Kerala Launches Coastal Shipping Corridor To Cut Freight Costs",
  "By Meera Nair",
  "Share this article",
  "Facebook Twitter WhatsApp Copy link",
  "THIRUVANANTHAPURAM: Kerala on Monday launched a coastal shipping corridor linking Kochi and Kollam, hoping to move bulk cargo off congested highways.",
  "Image caption: A container vessel berths at the Kochi terminal",
  "The state ports minister said the corridor would carry 12 lakh tonnes a year.The first barge sailed with cement and steel.",
  "Also read: Five ports to watch in 2026",
  "Sign up for our daily ExamPrepHub newsletter",
  "Officials expect the route to cut freight costs for small exporters.",
  "Picture of ExamPrepHub",
  "ExamPrepHub",
  "ExamPrepHub is a leading online portal for competitive exam aspirants, helping them prepare for every paper.",
].join("\n\n");

describe("cleanArticle on a dirty scrape", () => {
  const cleaned = cleanArticle({ title: TITLE, body: DIRTY });

  it("keeps only the article's own paragraphs, dateline cut and glued sentences spaced", () => {
    expect(cleaned.paragraphs).toEqual([
      "Kerala on Monday launched a coastal shipping corridor linking Kochi and Kollam, hoping to move bulk cargo off congested highways.",
      "The state ports minister said the corridor would carry 12 lakh tonnes a year. The first barge sailed with cement and steel.",
      "Officials expect the route to cut freight costs for small exporters.",
    ]);
  });

  it.each([
    [
      "Kerala on Monday launched a coastal shipping corridor linking Kochi and Kollam, hoping to move...",
      "teaser",
    ],
    ["Kerala Launches Coastal Shipping Corridor To Cut Freight Costs", "repeated-headline"],
    ["By Meera Nair", "byline"],
    ["Share this article", "share-bar"],
    ["Facebook Twitter WhatsApp Copy link", "share-bar"],
    ["THIRUVANANTHAPURAM:", "dateline"],
    ["Image caption: A container vessel berths at the Kochi terminal", "caption"],
    ["Also read: Five ports to watch in 2026", "also-read"],
    ["Sign up for our daily ExamPrepHub newsletter", "newsletter"],
    ["Picture of ExamPrepHub", "footer:picture-of"],
    ["ExamPrepHub", "footer:brand"],
    [
      "ExamPrepHub is a leading online portal for competitive exam aspirants, helping them prepare for every paper.",
      "footer:about-site",
    ],
  ])("removes %j as %s", (text, reason) => {
    expect(cleaned.removed).toContainEqual({ text, reason });
  });

  it("is a pure function of the raw text", () => {
    expect(cleanArticle({ title: TITLE, body: DIRTY })).toEqual(cleaned);
  });
});

describe("cleanArticle paragraph by paragraph", () => {
  const keeps = (paragraph: string) =>
    cleanArticle({ title: "Budget session opens", body: paragraph }).paragraphs;

  it.each([
    [
      "NEW DELHI, Jan 4 (Reuters) - The Reserve Bank kept its repo rate unchanged on Friday.",
      "The Reserve Bank kept its repo rate unchanged on Friday.",
    ],
    [
      "Beijing, January 4: Chinese officials welcomed the delegation at the airport.",
      "Chinese officials welcomed the delegation at the airport.",
    ],
    [
      "MUMBAI (PTI) - Shares of the carmaker rose 4% in early trade.",
      "Shares of the carmaker rose 4% in early trade.",
    ],
    [
      "The minister inspected the site (Photo: Special Arrangement) and left by noon.",
      "The minister inspected the site and left by noon.",
    ],
    [
      "Turnout crossed 60% in the first phase.The second phase is on Friday.",
      "Turnout crossed 60% in the first phase. The second phase is on Friday.",
    ],
  ])("rewrites %j", (raw, expected) => {
    expect(keeps(raw)).toEqual([expected]);
  });

  it.each([
    ["Written by Arjun Rao"],
    ["Reported by Sana Qureshi | Edited by Vikram Das"],
    ["Additional reporting by Kenji Sato and Li Wei."],
    ["Image source: Getty Images"],
    ["(Photo: Ministry of Defence)"],
    ["Photo: A submarine at the naval dockyard"],
    ["Workers clear debris in the flooded district. Getty Images"],
    ["Share"],
    ["Copy link"],
    ["Share this story: Facebook | X (Twitter) | WhatsApp | Email"],
    ["By Staff Reporter | Updated: March 3, 2026 08:15 IST"],
    ["Written by Our Correspondent | Published: May 9, 2026, 6:05 PM"],
    ["The finance minister arrives at Parliament with the budget tablet. (File photo)"],
    ["Also Read | Centre revises fertiliser subsidy"],
    ["Read more: How the monsoon shapes food prices"],
    ["READ MORE"],
    ["Subscribe to our newsletter for the day's top stories"],
    ["Updated: 4 January 2026, 10:30 IST"],
    ["Advertisement"],
    ["The writer is a former ambassador to Japan."],
    ["(The author is an associate professor of economics at a Delhi college.)"],
    ["Views expressed are personal."],
    ["Disclaimer: This article is for information only."],
    ["(With inputs from PTI)"],
    ["— PTI"],
    ["Reuters"],
    ["Tags: RBI, repo rate, inflation"],
    ["4 min read"],
    ["Listen to this article"],
    ["For the latest exam updates, follow us on Telegram."],
    ["Budget session opens"],
  ])("drops %j", (raw) => {
    expect(keeps(raw)).toEqual([]);
  });

  it.each([
    ["By 2030, India aims to install 500 gigawatts of renewable capacity."],
    ["By contrast, exports of rice rose sharply in the same quarter."],
    ["Share prices of state-run banks fell after the announcement."],
    ["Read the full statement, the opposition said, before judging the bill."],
    ["The newsletter published by the think tank warned of a slowdown in credit growth."],
    ["ISRO: the space agency will attempt a docking test next month."],
    ["Photographers lined the route as the motorcade passed through Connaught Place."],
    ["U.S. Treasury Secretary met Indian officials in Washington on Tuesday."],
    ["The company is a leading platform for small traders, the minister said in the Lok Sabha."],
    ["Pune-based startups raised Rs. 500 crore in the quarter."],
    ["The writer Arundhati Roy spoke at the festival on Sunday."],
    ["Reuters reported that the talks had stalled."],
    ["For more than a decade, the dam has been a flashpoint between the two states."],
    ["Tags on the cargo showed it had come from Singapore."],
  ])("keeps %j untouched", (raw) => {
    expect(keeps(raw)).toEqual([raw]);
  });

  it("keeps a paragraph ending in an ellipsis that repeats nothing", () => {
    const body = "He paused and said the talks were not over...\n\nThe next round is due in March.";
    expect(cleanArticle({ title: "Talks", body }).paragraphs).toHaveLength(2);
  });

  it("drops an exact duplicate paragraph but keeps the first", () => {
    const body = "Flights resumed at noon.\n\nFlights resumed at noon.";
    const cleaned = cleanArticle({ title: "Flights", body });
    expect(cleaned.paragraphs).toEqual(["Flights resumed at noon."]);
    expect(cleaned.removed).toEqual([{ text: "Flights resumed at noon.", reason: "duplicate" }]);
  });

  it("treats single newlines as paragraph breaks when there are no blank lines", () => {
    const body = "Polling ended at 6 p.m.\nCounting begins on Saturday.";
    expect(cleanArticle({ title: "Polls", body }).paragraphs).toEqual([
      "Polling ended at 6 p.m.",
      "Counting begins on Saturday.",
    ]);
  });

  it("accepts extra site patterns as data", () => {
    const body = "Rates were unchanged.\n\nDownload the ExamPrepHub app today";
    const custom = [
      { id: "examprephub:app", pattern: /ExamPrepHub app/, reason: "footer:examprephub" },
    ];
    expect(cleanArticle({ title: "Rates", body }, custom).removed).toEqual([
      { text: "Download the ExamPrepHub app today", reason: "footer:examprephub" },
    ]);
  });
});

describe("cleanArticle properties", () => {
  const tokens = (text: string) => new Set(text.match(/[\p{L}\p{N}]+/gu) ?? []);
  const line = fc.constantFrom(
    "By Asha Menon",
    "Share",
    "NEW DELHI: The Cabinet cleared the bill on Monday.",
    "Also read: Rupee hits a record low",
    "The ministry said 40 districts were affected.The relief camps opened.",
    "Picture of ExamPrepHub",
    "ExamPrepHub",
    "Floods cut off 12 villages in Assam...",
    "Floods cut off 12 villages in Assam on Sunday, officials said.",
    "(Photo: PTI)",
    "",
  );

  it("never invents words and is deterministic", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(line, fc.string({ maxLength: 80 })), { maxLength: 12 }),
        (lines) => {
          const input = { title: "Floods cut off villages", body: lines.join("\n\n") };
          const cleaned = cleanArticle(input);
          const allowed = tokens(input.body);
          for (const paragraph of cleaned.paragraphs) {
            for (const token of tokens(paragraph)) expect(allowed.has(token)).toBe(true);
          }
          expect(cleanArticle(input)).toEqual(cleaned);
        },
      ),
      { seed: 20260104, numRuns: 300 },
    );
  });
});
