// Options for the head of a state, province, region or city ("Who is the Governor of Tokyo?"):
// holders of the same office in the same country (Japanese prefectural governors), then former
// holders of the very office. Never a governor of another country, whose nationality gives the
// answer away, nor another article's governor of unknown jurisdiction.
import type { Knowledge, OfficeHolder } from "../../../questions/types";
import { escapeRegExp } from "../regexp";
import type { PersonEntity } from "../types";
import { formerHoldersOf } from "./notable";
import { canonicalTitle, officeTitle } from "./office-titles";

// Offices held in a state, province, region or city; their holders compare only at home.
const SUBNATIONAL = new Set([
  "governor",
  "lieutenant governor",
  "premier",
  "regional president",
  "mayor",
  "chief minister",
]);
// "who is the Governor of the Moscow region?": the office and the place it is asked of.
const ASKS = /\bwho is the ([\w\s-]+?) of (.+?)\?$/i;
const PLACE_NOUN = /\s+(region|province|state|prefecture|oblast|krai|county|district)$/i;

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

const bare = (written: string) => written.replace(/^the\s+/i, "").replace(PLACE_NOUN, "");
const named = (place: string) => (p: { name: string; aliases?: readonly string[] }) =>
  [p.name, ...(p.aliases ?? [])].some((n) => same(n, place));
const isCountry = (knowledge: Knowledge, written: string): boolean =>
  knowledge.countries.some(named(written.replace(/^the\s+/i, "")));

/** The country a place lies in: a city, a province, a US state, an Indian state. */
const countryOfPlace = (knowledge: Knowledge, written: string): string | undefined => {
  const place = bare(written);
  if (knowledge.indianStates.some(named(place))) return "India";
  return (
    knowledge.regions.find((r) => r.country && named(place)(r))?.country ??
    knowledge.cities.find(named(place))?.country
  );
};

export interface Jurisdiction {
  /** Canonical lower-case office title: "governor". */
  title: string;
  /** Country.name the office lies in, when known. */
  country?: string;
  /** The holder's own office as knowledge writes it: "Governor of Bangkok". */
  office?: string;
}

/**
 * Whether the answer heads a place below a country, and in which country: from the stem ("the
 * Governor of New York"), else from knowledge of the holder, else from the person's nationality.
 * Undefined for a national office ("Premier of China") and for the head of a body.
 */
export const jurisdictionOf = (
  knowledge: Knowledge,
  answer: PersonEntity,
  holder: OfficeHolder | undefined,
  stem: string,
): Jurisdiction | undefined => {
  if (!answer.title || answer.affiliation || holder?.organisation) return undefined;
  const title = canonicalTitle(knowledge, answer.title);
  if (!SUBNATIONAL.has(title)) return undefined;
  const asked = ASKS.exec(stem);
  // "Ontario Premier ____ dismissed ...": the place written before the title of the blank.
  const written = escapeRegExp(answer.title);
  const either = `[${written.charAt(0).toUpperCase()}${written.charAt(0).toLowerCase()}]${written.slice(1)}`;
  const blank = new RegExp(
    `((?:[A-Z][\\w’'.-]*\\s+){1,3})(?:region\\s+|state\\s+|province\\s+)?${either}\\s+____`,
  ).exec(stem);
  // The longest run of those words that is a known place: "In Ontario" is "Ontario".
  const words = (blank?.[1]?.trim().replace(/[’']s$/, "") ?? "").split(/\s+/);
  const before = words
    .map((_, i) => words.slice(i).join(" "))
    .find((w) => w && countryOfPlace(knowledge, w) !== undefined);
  const place = asked?.[1] && canonicalTitle(knowledge, asked[1]) === title ? asked[2] : before;
  if (place && isCountry(knowledge, place)) return undefined;
  const heldAt = holder ? / (?:of|from) (.+)$/.exec(holder.office)?.[1] : undefined;
  if (heldAt && isCountry(knowledge, heldAt)) return undefined;
  // "Chinese Premier X", unknown to knowledge: a head of government, not of a province.
  if (!place && !heldAt && title === "premier" && answer.nationality) return undefined;
  const country =
    (place ? countryOfPlace(knowledge, place) : undefined) ??
    (heldAt ? holder?.country : undefined) ??
    answer.nationality;
  return {
    title,
    ...(country ? { country } : {}),
    ...(holder ? { office: holder.office } : {}),
  };
};

/** Same office, same country, from knowledge; then former holders of the answer's own office. */
export const subnationalTiers = (
  knowledge: Knowledge,
  answer: PersonEntity,
  where: Jurisdiction,
): string[][] => {
  const { country } = where;
  if (!country) return [];
  const peers = knowledge.officeHolders.filter(
    (h) =>
      h.name !== answer.name &&
      h.country === country &&
      !h.organisation &&
      officeTitle(knowledge, h.office) === where.title,
  );
  return [
    peers.map((h) => h.name),
    ...(where.office ? formerHoldersOf(knowledge, where.office) : []),
  ];
};

/** Whether a holder heads a place below a country: "Governor of Tokyo", "Chief Minister of Bihar". */
export const isSubnationalOffice = (knowledge: Knowledge, holder: OfficeHolder): boolean => {
  const heldAt = / (?:of|from) (.+)$/.exec(holder.office)?.[1];
  return (
    !holder.organisation &&
    heldAt !== undefined &&
    !isCountry(knowledge, heldAt) &&
    SUBNATIONAL.has(officeTitle(knowledge, holder.office).replace(/^deputy /, ""))
  );
};
