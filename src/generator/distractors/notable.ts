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
    const before = everyone.filter((p) => heldEver(p, post) && !postsIn(p, year).includes(post));
    return [before.map((p) => p.name)];
  }
  // "Who is the head coach of the India women's team?": other teams' head coaches.
  const head = (post: string) => post.replace(/\s+(of|for)\s.*$/, "");
  if (answer.post && stem.includes(answer.post)) {
    const own = head(answer.post);
    const samePost = (p: NotablePerson) =>
      p.post && head(p.post) === own && p.field === answer.field;
    return [everyone.filter(samePost).map((p) => p.name)];
  }
  const peers = everyone.filter((p) => p.field === answer.field && p.group === answer.group);
  const home = peers.filter((p) => p.country === answer.country).map((p) => p.name);
  if (countryInStem) return [home];
  return [home, peers.filter((p) => p.country !== answer.country).map((p) => p.name)];
};
