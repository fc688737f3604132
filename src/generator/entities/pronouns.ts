// Which person a he/she/his/her in a sentence refers to, only where one reading is clear.
import { clauseOpeners, objectMarkers, personPronouns } from "../../../questions/entity-patterns";
import type { PersonMention } from "./people";
import type { SentenceScan } from "./scan";

const PRONOUNS = new Set(personPronouns);
const OBJECT_MARKERS = new Set(objectMarkers);
const CLAUSE_OPENERS = new Set(clauseOpeners);
/** How many sentences back a sentence-initial pronoun may look for its person. */
const LOOK_BACK = 3;

/** A person mention placed in its sentence, with the id of the person it belongs to. */
export interface ResolvedMention {
  mention: PersonMention;
  personId: string;
}

/**
 * Marks each mention as subject or not from the word before its phrase: sentence start or a
 * comma → subject; "with", "to", "met" … → object; "and" → same as the person before it.
 */
export const markSubjects = (scan: SentenceScan, mentions: PersonMention[]): void => {
  let previous: PersonMention | undefined;
  for (const mention of [...mentions].sort((a, b) => a.from - b.from)) {
    const before = scan.tokens[mention.phraseFrom - 1];
    if (!before) mention.subject = true;
    else if (before.key === "and") mention.subject = previous?.subject ?? false;
    else if (OBJECT_MARKERS.has(before.key)) mention.subject = false;
    else mention.subject = !before.word || before.capital || CLAUSE_OPENERS.has(before.key);
    previous = mention;
  }
};

const distinct = (mentions: readonly ResolvedMention[]): string[] => [
  ...new Set(mentions.map((m) => m.personId)),
];

/** First he/she/his/her; a capitalised "He" inside a sentence is a surname ("He Xiaopeng"). */
const pronounIndex = (scan: SentenceScan): number => {
  const first = scan.tokens.findIndex((t) => t.word);
  return scan.tokens.findIndex(
    (t, i) => t.word && PRONOUNS.has(t.key) && (i === first || !t.capital),
  );
};

/**
 * Something before the pronoun that it may refer to but that is not a found person: an unknown
 * name ("Adrien Olar"), or a person noun ("the outgoing head said she ...").
 */
export type PronounBlocker = (scan: SentenceScan, before: number) => boolean;

const pick = (mentions: readonly ResolvedMention[]): string | undefined => {
  const subjects = distinct(mentions.filter((m) => m.mention.subject));
  const all = distinct(mentions);
  if (subjects.length === 1) return subjects[0];
  return subjects.length === 0 && all.length === 1 ? all[0] : undefined;
};

export const resolvePronouns = (
  scans: readonly SentenceScan[],
  bySentence: ReadonlyMap<number, readonly ResolvedMention[]>,
  blocked: PronounBlocker,
): Map<number, string> => {
  const pronouns = new Map<number, string>();
  scans.forEach((scan, position) => {
    const at = pronounIndex(scan);
    if (at < 0 || blocked(scan, at)) return;
    const here = bySentence.get(scan.sentence.index) ?? [];
    const before = here.filter((m) => m.mention.from < at);
    const subjectsBefore = distinct(before.filter((m) => m.mention.subject));
    if (subjectsBefore.length > 0) {
      if (subjectsBefore.length === 1) pronouns.set(scan.sentence.index, subjectsBefore[0] ?? "");
      return;
    }
    // "In her remarks, Jane Rao said ...": the pronoun points ahead to this sentence's subject.
    if (here.some((m) => m.mention.from > at && m.mention.subject)) return;
    for (let back = 1; back <= LOOK_BACK; back++) {
      const earlier = scans[position - back];
      if (!earlier) return;
      const there = bySentence.get(earlier.sentence.index) ?? [];
      // An earlier sentence led by its own pronoun passes on whatever that pronoun meant.
      const earlierPronoun = pronounIndex(earlier);
      const leads =
        earlierPronoun >= 0 &&
        !there.some((m) => m.mention.subject && m.mention.from < earlierPronoun);
      if (leads) {
        const id = pronouns.get(earlier.sentence.index);
        if (id) pronouns.set(scan.sentence.index, id);
        return;
      }
      if (there.length === 0) continue;
      const id = pick(there);
      if (id) pronouns.set(scan.sentence.index, id);
      return;
    }
  });
  return pronouns;
};
