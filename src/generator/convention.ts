// "the Conference of Parties (COP)" names a meeting of some convention's parties; which one, the
// article says elsewhere ("... delegates of the UNFCCC, the UN climate treaty, ..."). When an article names exactly one such convention, a stem's bare
// "Conference of Parties" is that convention's: "the UN climate Conference of Parties (COP)".
// Two conventions named, or none, and the stem keeps its words (and fails check 2 as vague).
import type { AnalysedArticle } from "./types";

const CONVENTIONS: readonly { name: RegExp; qualifier: string }[] = [
  {
    name: /\b(?:United Nations|UN) Framework Convention on Climate Change\b|\bUNFCCC\b/,
    qualifier: "UN climate",
  },
  { name: /\bConvention on Biological Diversity\b|\bUNCBD\b/, qualifier: "UN biodiversity" },
  {
    name: /\b(?:United Nations|UN) Convention to Combat Desertification\b|\bUNCCD\b/,
    qualifier: "UN desertification",
  },
  {
    name: /\bConvention on International Trade in Endangered Species\b|\bCITES\b/,
    qualifier: "CITES",
  },
  { name: /\bRamsar Convention\b/, qualifier: "Ramsar" },
];

// A bare "Conference of (the) Parties": not already qualified, not "COP30", not "to the UN ...".
const BARE =
  /(?<!\b(?:climate|UNFCCC|biodiversity|desertification|CITES|Ramsar|[Cc]hange)\s)\bConference of (the )?Parties\b(?!\s*\(?COP-?\s?\d)(?!\s+(?:to|of)\s+the\s+(?:UN|United Nations)\b)/g;

/** The qualifier of the one convention the article names, if exactly one. */
export const soleConvention = (article: AnalysedArticle): string | undefined => {
  const text = article.sentences.map((s) => s.text).join(" ");
  const named = CONVENTIONS.filter((c) => c.name.test(text));
  return named.length === 1 ? named[0]?.qualifier : undefined;
};

/** "the Conference of Parties (COP)" → "the UN climate Conference of Parties (COP)". */
export const withConvention = (stem: string, article: AnalysedArticle): string => {
  if (!/Conference of (?:the )?Parties/.test(stem)) return stem;
  const qualifier = soleConvention(article);
  return qualifier ? stem.replace(BARE, (m) => `${qualifier} ${m}`) : stem;
};
