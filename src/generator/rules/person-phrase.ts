// How a stem names a person it is not asking about: "the Italian Prime Minister Giorgia Meloni"
// when the article gives title and nationality, else the name alone. Ranking (settle.ts) turns
// it into "the Italian Prime Minister" when another question asks for the name.
import type { Knowledge } from "../../../questions/types";
import type { PersonEntity } from "../types";

// Offices of a state, province or city: "the Indian Chief Minister" says nothing of which one.
const SUBNATIONAL = /\b(Chief Minister|Governor|Premier|Mayor|regional president)\b/i;
const NATIONAL_ROLES = new Set(["head-of-state", "head-of-government", "minister"]);

export const personPhrase = (knowledge: Knowledge, person: PersonEntity): string => {
  const demonym = person.nationality
    ? knowledge.countries.find((c) => c.name === person.nationality)?.demonyms[0]
    : undefined;
  const national =
    person.role !== undefined &&
    NATIONAL_ROLES.has(person.role) &&
    !SUBNATIONAL.test(person.title ?? "");
  if (person.title && /^[A-Z]/.test(person.title) && demonym && national) {
    return `the ${demonym} ${person.title} ${person.name}`;
  }
  return person.name;
};
