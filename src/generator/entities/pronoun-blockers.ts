// What, standing before a pronoun, makes its person unclear: someone the finder did not name.
import { personNouns } from "../../../questions/entity-patterns";
import type { GazetteerIndex } from "./gazetteer";
import { isNameWord, type NameContext } from "./names";
import type { PronounBlocker } from "./pronouns";

const PERSON_NOUNS = new Set(personNouns);

/**
 * Blocks a pronoun preceded (in its sentence) by an unclaimed person noun or role ("the
 * outgoing head said she"), or in a sentence with an unknown two-word name ("Adrien Olar, who
 * bought his").
 */
export const pronounBlocker =
  (index: GazetteerIndex, context: NameContext): PronounBlocker =>
  (scan, before) => {
    for (let i = 0; i < scan.tokens.length; i++) {
      const token = scan.tokens[i];
      if (!token?.word || scan.claims[i] !== undefined) continue;
      if (i < before && (PERSON_NOUNS.has(token.key) || index.titles.has(token.key))) return true;
      // An unknown name anywhere: "During his campaign, Joe Bloggs vowed ..." points ahead.
      if (isNameWord(scan, i, context) && isNameWord(scan, i + 1, context)) return true;
    }
    return false;
  };
