// "the President of WHCA": a body named only by an acronym knowledge cannot spell out leaves a
// stem the aspirant cannot read without the article (check 2), so office stems skip it.
import type { Knowledge } from "../../../questions/types";

const ACRONYM = /^(?:the\s+)?([\p{Lu}&]{2,8})$/u;

/** Whether `body` is a bare acronym ("WHCA", "the LPCA") that no organisation in knowledge has. */
export const unspelledAcronym = (knowledge: Knowledge, body: string): boolean => {
  const acronym = ACRONYM.exec(body.trim())?.[1];
  return acronym !== undefined && !knowledge.organisations.some((o) => o.acronym === acronym);
};
