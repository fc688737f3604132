// Options for a person known by field (questions/notable-people.ts): only people of the same
// field and group, so a javelin thrower is never offered beside a cricketer or a minister.
import type { Knowledge, NotablePerson } from "../../../questions/types";
import { personKey } from "../entities/names";

export const notableOf = (knowledge: Knowledge, name: string): NotablePerson | undefined => {
  const key = personKey(name);
  return knowledge.notablePeople?.find((p) =>
    [p.name, ...(p.aliases ?? [])].some((n) => personKey(n) === key),
  );
};

/** Posts a person held in `year`, from their past posts and (for the asOf year) their post. */
const postsIn = (person: NotablePerson, year: number): string[] => [
  ...(person.pastPosts ?? []).filter((p) => p.from <= year && year <= p.to).map((p) => p.post),
];

const heldEver = (person: NotablePerson, post: string): boolean =>
  person.post === post || (person.pastPosts ?? []).some((p) => p.post === post);

/**
 * Tiers for a notable answer. A stem ending "in <year>?" about a past post takes other holders
 * of that post who did not hold it that year; otherwise the same field and group, the answer's
 * country first (only that country when the stem names it).
 */
export const notableTiers = (
  knowledge: Knowledge,
  answer: NotablePerson,
  stem: string,
  countryInStem: boolean,
): string[][] => {
  const everyone = (knowledge.notablePeople ?? []).filter((p) => p.name !== answer.name);
  const year = Number(/\bin (\d{4})\?$/.exec(stem)?.[1] ?? Number.NaN);
  const [post] = Number.isFinite(year) ? postsIn(answer, year) : [];
  if (post) {
    // Holders nearest the year first: for 1983, captains of the 1980s, not of the 2010s.
    const before = everyone.filter((p) => heldEver(p, post) && !postsIn(p, year).includes(post));
    return byNearness(before, post, year);
  }
  // "Who is the head coach of the India women's team?": other teams' head coaches.
  const head = (post: string) => post.replace(/\s+(of|for)\s.*$/, "");
  if (answer.post && stem.includes(answer.post)) {
    const own = head(answer.post);
    const samePost = (p: NotablePerson) =>
      p.post && head(p.post) === own && p.field === answer.field;
    // The answer's own country first: "captain of the India women's team" between Indian
    // players, where a foreign captain's nationality alone would rule them out.
    const compatriots = everyone.filter(
      (p) =>
        p.field === answer.field &&
        p.group === answer.group &&
        p.country === answer.country &&
        p.post !== answer.post,
    );
    return [compatriots.map((p) => p.name), everyone.filter(samePost).map((p) => p.name)];
  }
  const peers = everyone.filter((p) => p.field === answer.field && p.group === answer.group);
  const home = peers.filter((p) => p.country === answer.country).map((p) => p.name);
  if (countryInStem) return [home];
  return [home, peers.filter((p) => p.country !== answer.country).map((p) => p.name)];
};

/** Distance in years from `year` to the nearest span of `post` a person held. */
const yearsFrom = (person: NotablePerson, post: string, year: number): number =>
  Math.min(
    ...(person.pastPosts ?? [])
      .filter((p) => p.post.toLowerCase() === post.toLowerCase())
      .map((p) => (year < p.from ? p.from - year : year > p.to ? year - p.to : 0)),
  );

/** People by nearness to `year` in `post`, as tiers: the three nearest, then the rest. */
const byNearness = (people: readonly NotablePerson[], post: string, year: number): string[][] => {
  const sorted = [...people]
    .sort((a, b) => yearsFrom(a, post, year) - yearsFrom(b, post, year))
    .map((p) => p.name);
  return [sorted.slice(0, 3), sorted.slice(3)];
};

/** People who held `office` before, most recent first: former FBI directors for the FBI's. */
export const formerHoldersOf = (knowledge: Knowledge, office: string): string[][] =>
  byNearness(
    (knowledge.notablePeople ?? []).filter((p) =>
      (p.pastPosts ?? []).some((post) => post.post.toLowerCase() === office.toLowerCase()),
    ),
    office,
    9999,
  );
