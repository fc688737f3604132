// Articles and questions written for the page tests, stored directly (like the admin user) so the
// pages are tested on known questions whatever the generator currently produces.
import type { NewArticle, NewQuestion, Store } from "../../../src/storage";
import { insertArticle } from "../../../src/storage";

interface DeskQuestion {
  type: string;
  stem: string;
  options: [string, string, string, string];
  answer: number;
  sentence: string;
}

interface DeskArticle {
  title: string;
  category: string;
  publishedAt: string;
  sourceUrl: string | null;
  paragraphs: string[];
  questions: DeskQuestion[];
}

export const PORT_ARTICLE: DeskArticle = {
  title: "Vizhinjam port berths its largest container ship yet",
  category: "Economy",
  publishedAt: "2026-11-24",
  sourceUrl: "https://news.example.org/ports/vizhinjam-berth",
  paragraphs: [
    "The Vizhinjam International Seaport near Thiruvananthapuram in Kerala berthed a 400-metre container vessel on Tuesday, the longest ship yet to call at an Indian port.",
    "Ports Minister Sarbananda Sonowal said the deep-water terminal would reduce the country's dependence on foreign transshipment hubs.",
    "The terminal is operated by Adani Ports and Special Economic Zone in partnership with the state government.",
  ],
  questions: [
    {
      type: "where",
      stem: "In which state is the Vizhinjam International Seaport?",
      options: ["Kerala", "Tamil Nadu", "Karnataka", "Goa"],
      answer: 0,
      sentence:
        "The Vizhinjam International Seaport near Thiruvananthapuram in Kerala berthed a 400-metre container vessel on Tuesday, the longest ship yet to call at an Indian port.",
    },
    {
      type: "who",
      stem: "Which Union minister said the Vizhinjam terminal would reduce dependence on foreign transshipment hubs?",
      options: ["Sarbananda Sonowal", "Nitin Gadkari", "Piyush Goyal", "Hardeep Singh Puri"],
      answer: 0,
      sentence:
        "Ports Minister Sarbananda Sonowal said the deep-water terminal would reduce the country's dependence on foreign transshipment hubs.",
    },
    {
      type: "which-company",
      stem: "Which company operates the Vizhinjam terminal?",
      options: [
        "Adani Ports and Special Economic Zone",
        "JSW Infrastructure",
        "DP World",
        "Jawaharlal Nehru Port Authority",
      ],
      answer: 0,
      sentence:
        "The terminal is operated by Adani Ports and Special Economic Zone in partnership with the state government.",
    },
    {
      type: "how-many",
      stem: "How long was the container vessel that berthed at Vizhinjam?",
      options: ["300 metres", "350 metres", "400 metres", "450 metres"],
      answer: 2,
      sentence:
        "The Vizhinjam International Seaport near Thiruvananthapuram in Kerala berthed a 400-metre container vessel on Tuesday, the longest ship yet to call at an Indian port.",
    },
  ],
};

export const NAVY_ARTICLE: DeskArticle = {
  title: "Navy commissions anti-submarine craft INS Androth at Visakhapatnam",
  category: "Defence",
  publishedAt: "2026-10-06",
  sourceUrl: null,
  paragraphs: [
    "The Indian Navy commissioned INS Androth, a shallow-water anti-submarine craft, at Visakhapatnam on Monday.",
    "The vessel was built by Garden Reach Shipbuilders and Engineers at its yard in Kolkata.",
  ],
  questions: [
    {
      type: "where",
      stem: "At which city was INS Androth commissioned?",
      options: ["Visakhapatnam", "Kochi", "Mumbai", "Karwar"],
      answer: 0,
      sentence:
        "The Indian Navy commissioned INS Androth, a shallow-water anti-submarine craft, at Visakhapatnam on Monday.",
    },
    {
      type: "which-company",
      stem: "Which shipyard built INS Androth?",
      options: [
        "Garden Reach Shipbuilders and Engineers",
        "Mazagon Dock Shipbuilders",
        "Cochin Shipyard",
        "Goa Shipyard",
      ],
      answer: 0,
      sentence:
        "The vessel was built by Garden Reach Shipbuilders and Engineers at its yard in Kolkata.",
    },
  ],
};

export const DESK_ARTICLES = [PORT_ARTICLE, NAVY_ARTICLE];

/** Correct option text for a stem, across all desk articles. */
export const answerFor = (stem: string): string => {
  for (const article of DESK_ARTICLES) {
    const question = article.questions.find((q) => q.stem === stem);
    if (question) return question.options[question.answer] ?? "";
  }
  throw new Error(`unknown stem: ${stem}`);
};

export const insertDeskArticle = async (store: Store, article: DeskArticle, addedAt: Date) => {
  const row: NewArticle = {
    title: article.title,
    rawTitle: article.title,
    rawBody: article.paragraphs.join("\n\n"),
    cleanBody: article.paragraphs.join("\n\n"),
    publishedAt: article.publishedAt,
    sourceUrl: article.sourceUrl,
    category: article.category,
    addedAt,
    archived: false,
    generationNote: null,
    rejectedCandidates: 0,
  };
  const questions: NewQuestion[] = article.questions.map((q) => ({
    type: q.type,
    stem: q.stem,
    optionsJson: JSON.stringify(q.options),
    answerIndex: q.answer,
    explanation: q.sentence,
    sentenceIndex: article.paragraphs.indexOf(q.sentence),
    ruleId: `desk.${q.type}`,
    asOf: article.publishedAt,
    entitiesJson: "[]",
    score: 1,
    edited: false,
    createdAt: addedAt,
  }));
  return insertArticle(store, row, questions);
};
