// Organisations the gazetteer does not know, recognised only by a suffix or head word
// ("Kestrel Dynamics Ltd", "Ministry of Coastal Affairs"), and descriptions attached to any.
import {
  companySuffixes,
  nameStopWords,
  organisationConnectors,
  organisationHeads,
} from "../../../questions/entity-patterns";
import { claim, type SentenceScan, spanText } from "./scan";

const COMPANY = new Set(companySuffixes);
const HEADS = new Set([...organisationHeads.filter((h) => !h.includes(" ")), "force"]);
const CONNECTORS = new Set(organisationConnectors);
const STOP = new Set(nameStopWords);

export interface UnknownOrganisation {
  sentence: number;
  from: number;
  to: number;
  name: string;
  company: boolean;
  /** Country of a demonym or country name inside the name: "Indian Army" → India. */
  country?: string;
}

const capitalWord = (scan: SentenceScan, i: number): boolean => {
  const token = scan.tokens[i];
  const claimed = scan.claims[i];
  return (
    token?.word === true &&
    token.capital &&
    !STOP.has(token.key) &&
    (claimed === undefined || claimed === "place" || claimed === "demonym")
  );
};

const isHead = (scan: SentenceScan, i: number): boolean => {
  const key = scan.tokens[i]?.key ?? "";
  if (key === "force") return scan.tokens[i - 1]?.key === "air";
  return (COMPANY.has(key) || HEADS.has(key)) && scan.claims[i] === undefined;
};

/** Finds suffix-proven organisations in one sentence and claims their tokens. */
export const findUnknownOrganisations = (scan: SentenceScan): UnknownOrganisation[] => {
  const found: UnknownOrganisation[] = [];
  const { tokens } = scan;
  let i = 0;
  while (i < tokens.length) {
    if (!capitalWord(scan, i) || STOP.has(tokens[i]?.key ?? "")) {
      i++;
      continue;
    }
    let end = i;
    let headEnd = -1;
    let j = i;
    while (j < tokens.length) {
      if (capitalWord(scan, j)) {
        end = j + 1;
        if (isHead(scan, j)) headEnd = j + 1;
        if (tokens[j]?.possessive) break;
        j++;
      } else if (CONNECTORS.has(tokens[j]?.key ?? "") && capitalWord(scan, j + 1)) {
        // "Army, Navy and Air Force" are two organisations, not one.
        if ((tokens[j]?.key === "and" || tokens[j]?.key === "&") && isHead(scan, j - 1)) break;
        j++;
      } else break;
    }
    // After the head, keep only a tail that a connector introduces: "Ministry of X", not "Group Chair".
    if (headEnd > 0) {
      let to = headEnd;
      const tail = tokens[headEnd]?.key ?? "";
      if (CONNECTORS.has(tail) && tail !== "and" && tail !== "&" && end > headEnd) to = end;
      const unclaimed = tokens.slice(i, to).filter((_, k) => scan.claims[i + k] === undefined);
      // Something must name the organisation besides its head: "Air Force" alone is generic.
      let named = 0;
      for (let k = i; k < to; k++) {
        const generic =
          isHead(scan, k) || (tokens[k]?.key === "air" && tokens[k + 1]?.key === "force");
        if (!generic && !CONNECTORS.has(tokens[k]?.key ?? "")) named++;
      }
      if (to - i >= 2 && unclaimed.length >= 1 && named >= 1) {
        const last = tokens[to - 1]?.key ?? "";
        const countrySpan = scan.spans.find(
          (s) =>
            s.from >= i && s.to <= to && (s.entry.kind === "demonym" || s.entry.kind === "place"),
        );
        const country =
          countrySpan?.entry.kind === "demonym" ||
          (countrySpan?.entry.kind === "place" && countrySpan.entry.placeType === "country")
            ? countrySpan.entry.name
            : undefined;
        found.push({
          sentence: scan.sentence.index,
          from: i,
          to,
          name: spanText(scan, i, to),
          company: COMPANY.has(last),
          ...(country ? { country } : {}),
        });
        scan.spans = scan.spans.filter((s) => s.to <= i || s.from >= to);
        claim(scan, i, to, "organisation");
        i = to;
        continue;
      }
    }
    i = Math.max(end, i + 1);
  }
  return found;
};

const ARTICLE = new Set(["a", "an"]);
const MAX_DESCRIPTION_TOKENS = 18;

/** ", a leader in memory chips," right after an organisation mention ending at token `to`. */
export const descriptionAfter = (scan: SentenceScan, to: number): string | undefined => {
  const { tokens } = scan;
  if (tokens[to]?.text !== "," || !ARTICLE.has(tokens[to + 1]?.key ?? "")) return undefined;
  let end = to + 1;
  while (end < tokens.length && end - to <= MAX_DESCRIPTION_TOKENS) {
    const text = tokens[end]?.text ?? "";
    if (text === "," || text === ";" || text === "." || text === ")" || text === "—") break;
    end++;
  }
  if (end - to > MAX_DESCRIPTION_TOKENS || end - to < 3) return undefined;
  return spanText(scan, to + 1, end);
};
