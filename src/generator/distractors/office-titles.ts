// The title part of an office, comparable across people: "Foreign Minister of Belgium" and
// "Belgian Foreign Minister" share "foreign minister"; "US Secretary of Defense" is a
// "defence secretary". Used to offer holders of the same office as options.
import type { Knowledge } from "../../../questions/types";

const COUNTRY_PREFIX = /^(us|u\.s\.|uk|eu|un)\s+/;
const TAIL = /\s+(of|to|from|for|and|in)\s.*$/;

const cache = new WeakMap<Knowledge, Map<string, string>>();

/** Every title form (title and alias, lower case) → its canonical title, lower case. */
const titleForms = (knowledge: Knowledge): Map<string, string> => {
  let forms = cache.get(knowledge);
  if (!forms) {
    forms = new Map();
    for (const t of knowledge.titles) {
      for (const form of [t.title, ...(t.aliases ?? [])])
        forms.set(form.toLowerCase(), t.title.toLowerCase());
    }
    cache.set(knowledge, forms);
  }
  return forms;
};

/** A title as written ("the US ambassador", "Defense Secretary") in canonical lower case. */
export const canonicalTitle = (knowledge: Knowledge, title: string): string => {
  const text = title
    .toLowerCase()
    .trim()
    .replace(/^the\s+/, "")
    .replace(COUNTRY_PREFIX, "");
  return titleForms(knowledge).get(text) ?? text;
};

const officeCache = new WeakMap<Knowledge, Map<string, string>>();

/** The title an office string starts with: the longest known title form, else up to "of". */
export const officeTitle = (knowledge: Knowledge, office: string): string => {
  let offices = officeCache.get(knowledge);
  if (!offices) {
    offices = new Map();
    officeCache.set(knowledge, offices);
  }
  const known = offices.get(office);
  if (known) return known;
  const text = office.toLowerCase().trim().replace(COUNTRY_PREFIX, "");
  const forms = titleForms(knowledge);
  let best: string | undefined;
  for (const form of forms.keys()) {
    const rest = text.slice(form.length);
    const fits = text === form || (text.startsWith(`${form} `) && TAIL.test(rest));
    if (fits && (!best || form.length > best.length)) best = form;
  }
  const title = best ? (forms.get(best) ?? best) : text.replace(TAIL, "");
  offices.set(office, title);
  return title;
};

/** A title as knowledge writes it ("foreign minister" → "Foreign Minister"), else as written. */
export const displayTitle = (knowledge: Knowledge, title: string): string => {
  const key = canonicalTitle(knowledge, title);
  const known = knowledge.titles.find((t) => t.title.toLowerCase() === key);
  return known && known.title.toLowerCase() === title.toLowerCase() ? known.title : title;
};
