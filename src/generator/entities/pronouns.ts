// Which person a he/she/his/her in a sentence refers to, only where one reading is clear.
import { objectMarkers, personPronouns } from "../../../questions/entity-patterns";
import type { PersonMention } from "./people";
import type { SentenceScan } from "./scan";

const PRONOUNS = new Set(personPronouns);
const OBJECT_MARKERS = new Set(objectMarkers);
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
    else mention.subject = !OBJECT_MARKERS.has(before.key);
    previous = mention;
  }
};

const distinct = (mentions: readonly ResolvedMention[]): string[] => [
  ...new Set(mentions.map((m) => m.personId)),
];

const pronounIndex = (scan: SentenceScan): number =>
  scan.tokens.findIndex((t) => t.word && PRONOUNS.has(t.key));

export const resolvePronouns = (
  scans: readonly SentenceScan[],
  bySentence: ReadonlyMap<number, readonly ResolvedMention[]>,
): Map<number, string> => {
  const pronouns = new Map<number, string>();
  scans.forEach((scan, position) => {
    const at = pronounIndex(scan);
    if (at < 0) return;
    const here = bySentence.get(scan.sentence.index) ?? [];
    const before = here.filter((m) => m.mention.from < at);
    if (before.length > 0) {
      const ids = distinct(before);
      const subjects = distinct(before.filter((m) => m.mention.subject));
      const id = ids.length === 1 ? ids[0] : subjects.length === 1 ? subjects[0] : undefined;
      if (id) pronouns.set(scan.sentence.index, id);
      return;
    }
    for (let back = 1; back <= LOOK_BACK; back++) {
      const earlier = scans[position - back];
      if (!earlier) return;
      const there = bySentence.get(earlier.sentence.index) ?? [];
      if (there.length === 0) continue;
      const subjects = distinct(there.filter((m) => m.mention.subject));
      const all = distinct(there);
      const id =
        subjects.length === 1
          ? subjects[0]
          : subjects.length === 0 && all.length === 1
            ? all[0]
            : undefined;
      if (id) pronouns.set(scan.sentence.index, id);
      return;
    }
  });
  return pronouns;
};
