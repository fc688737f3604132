// "<Entity> <event verb> ..." → "Who / Which company / Which country <event verb> ...?"
import type { StemTemplateId } from "../../../questions/templates";
import { notableOf } from "../distractors/notable";
import type { AnalysedArticle, Entity, QuestionType, Rule } from "../types";
import { askable, typeForEntity } from "./answer";
import { eventCandidate, eventMatches } from "./event";
import { scopeOf } from "./event-context";
import { stageOf } from "./referent-country";
import { anchored, anchorOf, fillTemplate, timeAnchor } from "./stem";

const COMPANY_NOUN =
  /\b(maker|makers|firm|company|giant|manufacturer|carmaker|automaker|chipmaker|retailer|lender|bank|insurer|airline|start-?up|group|conglomerate|developer|operator|platform|brand)$/i;

const CHRONIC =
  /^(?:(?:has|have|had|is|are|was|were|has been|have been)\s+)?(?:struggl|wrestl|grappl|battl|suffer)\w*\s+with\b|^(?:is|are|was|were)\s+(?:busy|keen|eager|determined|reluctant|wary)\b/;
const REMAINS_STATE =
  /^remains?\s+(?:very\s+|too\s+|extremely\s+|largely\s+)?(?:difficult|hard|easy|dangerous|risky|unclear|uncertain|tense|fragile|popular|wary|reluctant|keen)\b/;
const NAMED_OR_FIGURE = /\s\p{Lu}|\d|\b(first|only|largest|biggest|most|least|top)\b/u;

const CONTEST = /^(prevailed|beat|defeated|thrashed|crushed|overcame|outplayed|edged|won|lost)$/;

// "Republican Senator", "Labour MP": a legislator's title after a party or country word.
const LEGISLATOR = /^(?:[A-Z][\w.-]*\s)*(Senator|MP|Congressman|Congresswoman|Representative)$/;

// "prevailed over South Africa at Navi Mumbai's D.Y. Patil Stadium": a venue in the winner's own
// country points at the winner (check 3); the venue is a question of its own.
const VENUE_ADJUNCT = / at ((?:[\p{Lu}][\p{L}.’'-]*\s?)+)(?=$| in | by )/u;

/** The predicate without an "at <venue>" adjunct naming a place of the answer country. */
const withoutHomeVenue = (article: AnalysedArticle, predicate: string, country: string): string => {
  const venue = VENUE_ADJUNCT.exec(predicate);
  if (!venue?.[1]) return predicate;
  const named = venue[1].trim();
  const home = article.entities.some(
    (e) =>
      e.kind === "place" &&
      e.country === country &&
      e.placeType !== "country" &&
      e.mentions.some((m) => named.includes(m.text)),
  );
  return home
    ? `${predicate.slice(0, venue.index)}${predicate.slice(venue.index + venue[0].trimEnd().length)}`
    : predicate;
};

const SPECIFIC = /\b(the|first|largest|biggest|only|main|top|leading|most|\d+)\b|\s[A-Z]/;

const subjectOfEvent = (
  type: QuestionType,
  id: StemTemplateId,
  description: string,
  priority: number,
): Rule => ({
  id,
  type,
  description,
  apply: (article: AnalysedArticle, knowledge) => {
    const accepts = (entity: Entity) =>
      typeForEntity(entity) === type && askable(entity, knowledge);
    return eventMatches(article, accepts).flatMap((match) => {
      // "Spain is ageing": a state many countries share. A copula needs something specific.
      if (
        type !== "who" &&
        match.clause.verb.form === "copula" &&
        !SPECIFIC.test(match.predicate.slice(match.clause.verb.text.length))
      ) {
        return [];
      }
      // "Japan is wrestling with its identity", "The UK has struggled with weak growth": a
      // chronic condition many countries share has no single right answer.
      if (type === "which-country" && CHRONIC.test(match.predicate)) return [];
      // "Malaysia remains very difficult for the Rohingyas": "remains" needs a name or a figure.
      if (/^remain/.test(match.clause.verb.text) && !NAMED_OR_FIGURE.test(match.predicate)) {
        return [];
      }
      // "Malaysia remains very difficult to approach": a judgement of a state, not a fact.
      if (REMAINS_STATE.test(match.predicate)) return [];
      // "The only politician challenging X is Y": the complement names a person, so the clause
      // is about Y, and "Who is Y?" asks nothing.
      const complement = match.predicate.slice(match.clause.verb.text.length).trim();
      const namesPerson = article.entities.some(
        (e) => e.kind === "person" && [e.name, ...e.aliases].some((n) => complement.startsWith(n)),
      );
      if (type === "who" && match.clause.verb.form === "copula" && namesPerson) return [];
      // "has again withdrawn from ..." with a date only in a later clause: true as of the article.
      const perfect =
        /^(has|have)\s/.test(match.predicate) && !/\b(1[89]|20)\d\d\b/.test(match.predicate);
      const month = anchorOf(article);
      const anchor =
        timeAnchor(
          article,
          match.sentence,
          match.clause.subject.start,
          match.clause.predicate.end,
        ) ?? (perfect && month ? `As of ${month}` : undefined);
      // "Chinese EV maker XPeng unveiled ..." → "Which Chinese EV maker unveiled ...?"
      const descriptor = match.subject.descriptor.replace(/^the\s+/i, "");
      const described =
        type === "which-company" && COMPANY_NOUN.test(descriptor) && !/[’']s\b/.test(descriptor);
      // "Which mountaineer is known for ...?": a notable person's field says what the options are.
      // "Which political party retreated to Taiwan ...?": a party is asked as one.
      const party =
        type === "which-organisation" &&
        match.subject.entity.kind === "organisation" &&
        match.subject.entity.orgType === "political-party"
          ? "political party"
          : undefined;
      const field = type === "who" ? notableOf(knowledge, match.subject.entity.name)?.field : party;
      // "prevailed over South Africa at ..." in what? The sentence's stage of the article's one
      // tournament: "... in the ICC Women's World Cup final".
      const stage =
        CONTEST.test(match.clause.verb.text) &&
        !/\b(final|semi-?final|quarterfinal)\b/i.test(match.predicate)
          ? stageOf(article, match.sentence.text)
          : undefined;
      const scope = scopeOf(article, match.sentence, match.clause);
      // "in summer 2026" at the predicate's end reads better as the stem's opener.
      const season = / in ((?:summer|winter|spring|autumn|monsoon) \d{4})$/.exec(match.predicate);
      const bare =
        season && (scope.place || scope.cause)
          ? match.predicate.slice(0, season.index)
          : match.predicate;
      const contested =
        type === "which-country" && CONTEST.test(match.clause.verb.text)
          ? withoutHomeVenue(article, bare, match.subject.entity.name)
          : bare;
      const predicate = `${contested}${scope.place}${scope.cause}${stage ? ` in ${stage}` : ""}`;
      // "Republican Senator Lindsey Graham has died ..." → "Which US Senator has died ...?": a
      // legislator's title says who the options are; the party goes (options from both sides
      // would be eliminated by it), the country stays.
      const house = LEGISLATOR.exec(descriptor)?.[1];
      const person = match.subject.entity;
      const nation = person.kind === "person" ? person.nationality : undefined;
      const demonym =
        nation === "United States"
          ? "US"
          : knowledge.countries.find((c) => c.name === nation)?.demonyms[0];
      const titled = type === "who" && house && demonym ? `${demonym} ${house}` : undefined;
      const opener = season && bare !== match.predicate ? `In ${season[1]}` : anchor;
      const stem = anchored(
        described || titled
          ? `Which ${titled ?? descriptor} ${predicate}?`
          : field
            ? `Which ${field} ${predicate}?`
            : fillTemplate(id, { predicate }),
        opener,
      );
      return [eventCandidate(article, match, id, type, stem, priority)];
    });
  },
});

export const whoSubjectOfEvent = subjectOfEvent(
  "who",
  "who.subject-of-event",
  "A person as the subject of an event verb: met, visited, signed, won ...",
  0.7,
);
export const companySubjectOfEvent = subjectOfEvent(
  "which-company",
  "which-company.subject-of-event",
  "A company as the subject of an event verb: launched, acquired, announced ...",
  0.7,
);
export const organisationSubjectOfEvent = subjectOfEvent(
  "which-organisation",
  "which-organisation.subject-of-event",
  "An organisation as the subject of an event verb",
  0.65,
);
export const countrySubjectOfEvent = subjectOfEvent(
  "which-country",
  "which-country.subject-of-event",
  "A country as the subject of an event verb: conducted, hosted, signed ...",
  0.65,
);
