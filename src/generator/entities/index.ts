// Stage 3a: people, places and organisations of an article, with every mention, and the person
// each leading pronoun refers to. Pure: knowledge comes in, nothing is read or remembered
// except the per-Knowledge gazetteer index.
import type { Knowledge } from "../../../questions/types";
import type { Entity, Sentence } from "../types";
import { gazetteerIndex } from "./gazetteer";
import { addMakerEpithets, bornCountries } from "./maker-epithets";
import { isNameWord, type NameContext, nameRunAfter, personKey } from "./names";
import { findUnknownOrganisations } from "./organisations";
import { findPeople, findPronounVouchedName, type PersonMention } from "./people";
import { aliasKeys, clusterPeople, personEntity } from "./person-clusters";
import { type NationalityLink, placesAndOrganisations } from "./places";
import { pronounBlocker } from "./pronoun-blockers";
import { markSubjects, type ResolvedMention, resolvePronouns } from "./pronouns";
import { addRecurringNames } from "./recurring-names";
import { claim, type SentenceScan, scanSentence, spanText } from "./scan";
import { tokenize } from "./tokens";

export type { GazetteerEntry, GazetteerIndex } from "./gazetteer";
export { gazetteerIndex } from "./gazetteer";
export type { NationalityLink } from "./places";

export interface FoundEntities {
  entities: Entity[];
  pronouns: Map<number, string>;
  /** Demonyms in the text ("Chinese"): not place mentions, but they tie the article to a country. */
  nationalities: NationalityLink[];
}

const slug = (name: string): string =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

const startsWithPersonPronoun = (scan: SentenceScan | undefined): boolean => {
  const first = scan?.tokens.find((t) => t.word);
  return first?.key === "he" || first?.key === "she";
};

/** A one-word company or city span at `i` that is really a person's surname: "Ford said". */
const surnameSpan = (scan: SentenceScan, i: number, keys: ReadonlyMap<string, string>) => {
  const span = scan.claims[i] ? scan.spans.find((s) => s.from === i && s.to === i + 1) : undefined;
  const entry = span?.entry;
  const token = scan.tokens[i];
  if (!span || !token || !keys.has(personKey(token.text))) return undefined;
  if (scan.tokens[i + 1]?.capital || scan.tokens[i - 1]?.capital) return undefined;
  const company = entry?.kind === "organisation" && entry.orgType === "company";
  const city = entry?.kind === "place" && entry.placeType === "city";
  return company || city ? span : undefined;
};

/** Later bare mentions of people already found: "Lee", "Xi", a repeated full name. */
const aliasMentions = (scan: SentenceScan, keys: Map<string, string>, context: NameContext) => {
  const found: { mention: PersonMention; key: string }[] = [];
  for (let i = 0; i < scan.tokens.length; i++) {
    const surname = surnameSpan(scan, i, keys);
    if (surname) {
      scan.spans = scan.spans.filter((s) => s !== surname);
      scan.claims[i] = undefined;
    }
    if (scan.claims[i] !== undefined || !isNameWord(scan, i, context)) continue;
    const end = surname ? i + 1 : nameRunAfter(scan, i, context);
    if (end === i) continue;
    const text = spanText(scan, i, end);
    const parts = personKey(text).split(" ");
    // A full name for someone so far known by one name: "Mr. Biden" ... "Joe Biden".
    const lastOnly = parts.length >= 2 ? keys.get(parts[parts.length - 1] ?? "") : undefined;
    const key =
      keys.get(personKey(text)) ?? (lastOnly && !lastOnly.includes(" ") ? lastOnly : undefined);
    if (key) {
      const mention: PersonMention = {
        sentence: scan.sentence.index,
        from: i,
        to: end,
        text,
        start: scan.tokens[i]?.start ?? 0,
        end: scan.tokens[end - 1]?.end ?? 0,
        phraseFrom: i,
        evidence: "alias",
        subject: false,
      };
      claim(scan, i, end, "person");
      found.push({ mention, key });
    }
    i = end - 1;
  }
  return found;
};

export const findEntities = (
  sentences: readonly Sentence[],
  knowledge: Knowledge,
  _title?: string,
): FoundEntities => {
  const index = gazetteerIndex(knowledge);
  const tokens = sentences.map((sentence) => tokenize(sentence.text));
  const lowercaseWords = new Set<string>();
  for (const list of tokens) {
    for (const token of list) if (token.word && !token.capital) lowercaseWords.add(token.key);
  }
  const scans = sentences.map((sentence, k) =>
    scanSentence(sentence, index, tokens[k], lowercaseWords),
  );
  const context: NameContext = { lowercaseWords };
  const unknownOrgs = scans.map(findUnknownOrganisations);
  const people = scans.map((scan, k) => findPeople(scan, index, unknownOrgs[k] ?? [], context));
  addRecurringNames(scans, context, people);
  scans.forEach((scan, k) => {
    const here = people[k];
    if (!here || here.length > 0 || !startsWithPersonPronoun(scans[k + 1])) return;
    const vouched = findPronounVouchedName(scan, context);
    if (vouched) here.push(vouched);
  });

  const clusters = clusterPeople(people.flat());
  const byKey = new Map(clusters.map((c) => [c.key, c]));
  const keys = aliasKeys(clusters);
  scans.forEach((scan, k) => {
    for (const { mention, key } of aliasMentions(scan, keys, context)) {
      byKey.get(key)?.mentions.push(mention);
      people[k]?.push(mention);
    }
  });

  const ids = new Set<string>();
  const uniqueId = (prefix: string, name: string): string => {
    const base = `${prefix}:${slug(name) || "unnamed"}`;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };
  const personIdOf = new Map<PersonMention, string>();
  const entities: Entity[] = [];
  for (const cluster of clusters) {
    const entity = personEntity(cluster, "");
    entity.id = uniqueId("person", entity.name);
    for (const mention of cluster.mentions) personIdOf.set(mention, entity.id);
    entities.push(entity);
  }

  const bySentence = new Map<number, ResolvedMention[]>();
  scans.forEach((scan, k) => {
    const here = (people[k] ?? []).filter((m) => personIdOf.has(m));
    markSubjects(scan, here);
    bySentence.set(
      scan.sentence.index,
      here.map((mention) => ({ mention, personId: personIdOf.get(mention) ?? "" })),
    );
  });

  const { places, organisations, nationalities } = placesAndOrganisations(scans, unknownOrgs);
  for (const entity of [...places, ...organisations]) {
    entity.id = uniqueId(entity.kind === "place" ? "place" : "org", entity.name);
    entities.push(entity);
  }
  addMakerEpithets(sentences, entities, knowledge);
  for (const place of bornCountries(sentences, entities, knowledge)) {
    place.id = uniqueId("place", place.name);
    entities.push(place);
  }
  const first = (e: Entity): number => {
    const m = e.mentions[0];
    return m ? m.sentence * 1e6 + m.start : Number.MAX_SAFE_INTEGER;
  };
  entities.sort((a, b) => first(a) - first(b));
  const pronouns = resolvePronouns(scans, bySentence, pronounBlocker(index, context));
  return { entities, pronouns, nationalities };
};
