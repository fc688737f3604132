// Two questions from one sentence may share a quiz only if neither stem holds the other's answer.
// Where a stem holds it in a part it can do without, that part is rewritten instead of the
// question being dropped: a full date becomes its month (a month its year), a named office holder
// becomes the office ("South Korean President Lee Jae Myung" → "the South Korean President"), a
// multiple goes ("raise fees fivefold" → "raise fees"), a place in a locative
// phrase goes ("... at the Kalinga Stadium on 16 February" → "... on 16 February"), and so does a
// country owning a named place ("Myanmar's Rakhine state" → "Rakhine state").
import type { Knowledge } from "../../questions/types";
import type { Draft } from "./checks/index";
import { escapeRegExp } from "./regexp";
import type { PersonEntity, PlaceEntity } from "./types";

/** "12 July 2026" → "July 2026", and "on 12 July 2026" → "in July 2026". */
const withoutDay = (stem: string, day: string): string => {
  const monthYear = day.replace(/^\d{1,2}\s+/, "");
  // "late on 12 July" is not "late in July": the time of day goes with the day.
  return stem
    .replace(
      new RegExp(`\\b(?:(?:late|early)\\s+)?on ${escapeRegExp(day)}\\b`, "gi"),
      `in ${monthYear}`,
    )
    .replace(new RegExp(`\\b${escapeRegExp(day)}\\b`, "gi"), monthYear);
};

// Offices one person holds at a time in a country: "the American Senator" could be any of 100.
const UNIQUE_OFFICE =
  /^(?:(?:Vice\s)?President|(?:Deputy\s)?Prime Minister|Premier|Chancellor|King|Queen|Emperor|Crown Prince|(?:Union\s)?[A-Z][a-z]+(?:\s(?:and|of)?\s?[A-Z][a-z]+)*\s(?:Minister|Secretary)|(?:Army|Navy|Air Force) chief|Chief of (?:Army|Naval|Air|Defence) Staff)$/;

/** "the South Korean President", from the person's title and nationality. */
const officeOf = (person: PersonEntity, knowledge: Knowledge | undefined): string | undefined => {
  if (!person.title || !person.nationality || !UNIQUE_OFFICE.test(person.title)) return undefined;
  // "Union Health Minister" already says whose.
  if (/^Union\s/.test(person.title)) return `the ${person.title}`;
  const demonym = knowledge?.countries.find((c) => c.name === person.nationality)?.demonyms[0];
  return demonym ? `the ${demonym} ${person.title}` : undefined;
};

const withoutPerson = (stem: string, person: PersonEntity, office: string): string => {
  const names = [person.name, ...person.aliases]
    .filter((n) => n.length > 2)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
  // Words before the name that only restate the office go with it: "South Korean President".
  // So do rank words between office and name: "Navy chief Admiral Dinesh K. Tripathi".
  const before = `(?:(?:the\\s+)?(?:[A-Z][\\w-]*\\s+){0,3}${escapeRegExp(person.title ?? "")}\\s+(?:[A-Z][\\w.]*\\s+){0,3}?)?`;
  const pattern = new RegExp(`\\b${before}(?:${names})\\b`, "g");
  return stem.replace(pattern, (_, offset: number) =>
    offset === 0 ? `${office.charAt(0).toUpperCase()}${office.slice(1)}` : office,
  );
};

/** Drops "in/at/near/off/on (the) <place>" where the place is an adjunct of the stem. */
const withoutPlace = (stem: string, place: PlaceEntity): string => {
  const owner = "(?:[A-Z][\\w.’'-]*(?:\\s[A-Z][\\w.’'-]*)*[’']s\\s)?";
  // As the stem spells it: "D.Y. Patil Stadium" for the gazetteer's "DY Patil Stadium".
  const spellings = [...new Set([place.name, ...place.mentions.map((m) => m.text)])]
    .map(escapeRegExp)
    .join("|");
  const phrase = new RegExp(
    `\\s(?:in|at|near|off|on)\\s(?:the\\s)?${owner}(?:${spellings})(?=[\\s,?])`,
    "g",
  );
  const dropped = stem.replace(phrase, "");
  if (place.placeType !== "country") return dropped;
  // "left Myanmar's Rakhine state" → "left Rakhine state": a country owning a named place goes;
  // "Pakistan's Constitution" is no place and keeps its owner.
  const ownedPlace = new RegExp(
    `\\b${escapeRegExp(place.name)}[’']s\\s(?=(?:[A-Z][\\w-]*\\s){1,3}(?:state|province|region|district|county|prefecture|island|city|town|village)\\b)`,
    "g",
  );
  return dropped.replace(ownedPlace, "");
};

// A named pact: capitalised words ending in the kind of document signed once.
const ONE_OFF_PACT =
  "(?:[A-Z][\\w’'-]*\\s){1,4}(?:Accords?|Agreement|Treaty|Pact|Protocol|Declaration)\\b";

/** `stem` rewritten so that it no longer holds `asked`'s answer, where a safe rewrite exists. */
export const withoutAnswerOf = (
  stem: string,
  asked: Draft,
  knowledge: Knowledge | undefined,
): string => {
  const kind = asked.answerKind;
  if (kind.kind === "date") {
    if (kind.date.granularity === "day" && /^\d/.test(asked.answer))
      return withoutDay(stem, asked.answer);
    // "In June 2026, by what factor ...?" → "In 2026, ...": the month another question asks for
    // becomes its year where it is the stem's opening anchor, still a date for the stem. Inside
    // the stem it may be what says which event, and stays.
    const month = /^([A-Z][a-z]+) ((?:19|20)\d{2})$/.exec(asked.answer);
    // So does a closing "in <month>" adjunct: "... murdered in Istanbul in October 2018?" →
    // "... in 2018?".
    if (kind.date.granularity === "month" && month?.[2])
      return stem
        .replace(new RegExp(`^In ${escapeRegExp(asked.answer)}, `), `In ${month[2]}, `)
        .replace(new RegExp(` in ${escapeRegExp(asked.answer)}\\?$`), ` in ${month[2]}?`);
    // "the 2020 Abraham Accords" → "the Abraham Accords": a pact is signed once, so its name says
    // which without the year; a Games, summit or election recurs and keeps it.
    if (kind.date.granularity === "year" && /^(?:19|20)\d{2}$/.test(asked.answer))
      return stem.replace(new RegExp(`\\bthe ${asked.answer} (?=${ONE_OFF_PACT})`, "g"), "the ");
    return stem;
  }
  // "a significant four-day visit" → "a significant visit": a compound figure is a modifier.
  if (kind.kind === "quantity") {
    // "the 30th edition of the Conference of Parties" → "the Conference of Parties": the year or
    // place the stem keeps still says which.
    if (kind.quantity.unit === "ordinal") {
      const edition = new RegExp(
        `\\bthe ${escapeRegExp(kind.quantity.text)} (?:edition|session|meeting) of (?:the )?`,
        "gi",
      );
      return stem.replace(edition, "the ");
    }
    // "raise visa fees fivefold" → "raise visa fees": the multiple is an adjunct.
    if (kind.quantity.unit === "fold")
      return stem.replace(new RegExp(`\\s+${escapeRegExp(kind.quantity.text)}\\b`, "gi"), "");
    if (!/^[\w.,]+-[a-z]+$/i.test(kind.quantity.text)) return stem;
    return stem.replace(new RegExp(`\\b${escapeRegExp(kind.quantity.text)}\\s+`, "gi"), "");
  }
  if (kind.kind !== "entity") return stem;
  if (kind.entity.kind === "person") {
    const office = officeOf(kind.entity, knowledge);
    return office ? withoutPerson(stem, kind.entity, office) : stem;
  }
  if (kind.entity.kind === "place") return withoutPlace(stem, kind.entity);
  return stem;
};
