// The question rules, in order: stronger, more specific rules first; the cloze fallback last.
import type { Rule } from "../types";
import {
  companyDescription,
  countryApposition,
  organisationApposition,
  whereApposition,
  whoApposition,
} from "./apposition";
import { companyByAgent, organisationByAgent, whoByAgent } from "./by-agent";
import { clozeFallback } from "./cloze";
import { howManyCasualties, howManyCount, howManyDuration } from "./how-many";
import { howManyAboard } from "./how-many-aboard";
import { howManyAmount } from "./how-many-amount";
import { howManyAnniversary } from "./how-many-anniversary";
import { howManyArticle } from "./how-many-article";
import { howManyAward } from "./how-many-award";
import { howManyChange } from "./how-many-change";
import { howManyChangedBy } from "./how-many-changed-by";
import { howManyCrossed } from "./how-many-crossed";
import { howManyHolds } from "./how-many-holds";
import { howManyLeft } from "./how-many-left";
import { howManyMargin } from "./how-many-margin";
import { howManyMeasure } from "./how-many-measure";
import { howManyMembers } from "./how-many-members";
import { howManyMultiple } from "./how-many-multiple";
import { howManyOrdinal } from "./how-many-ordinal";
import { howManyPenalty } from "./how-many-penalty";
import { howManyProposed } from "./how-many-proposed";
import { howManyRanking } from "./how-many-ranking";
import { howManyShare } from "./how-many-share";
import { howManySized } from "./how-many-sized";
import { howManySplit } from "./how-many-split";
import { howManyStated } from "./how-many-stated";
import { howManyTarget } from "./how-many-target";
import {
  companyObjectOfEvent,
  countryObjectOfEvent,
  organisationObjectOfEvent,
  whereObjectOfEvent,
  whoObjectOfEvent,
} from "./object-of-event";
import {
  companySubjectOfEvent,
  countrySubjectOfEvent,
  organisationSubjectOfEvent,
  whoSubjectOfEvent,
} from "./subject-of-event";
import { whenEventDate } from "./when-event-date";
import { whenNamedEvent } from "./when-named-event";
import { whenParticiple } from "./when-participle";
import { whenSpanEnd } from "./when-span";
import { whenStatementDate } from "./when-statement-date";
import { whenYearsAfter } from "./when-years-after";
import { whereBrandedEdition } from "./where-branded-edition";
import { whereCapitalOf } from "./where-capital-of";
import { whereContestVenue } from "./where-contest-venue";
import { whereEventPlace } from "./where-event-place";
import { whereEventVenue } from "./where-event-venue";
import { whereFirstHeld } from "./where-first-held";
import { whereHostBid } from "./where-host-bid";
import { whereLegislatorState } from "./where-legislator-state";
import { whereLocatedIn } from "./where-located-in";
import { whereReplacedHost } from "./where-replaced-host";
import { whereSeparatedBy } from "./where-separated-by";
import { whereSubjectPlace } from "./where-subject-place";
import { whereSuperlative } from "./where-superlative";
import { whereVenueClause } from "./where-venue-clause";
import { companySaidIts } from "./which-company-said-its";
import { whichCountryBased } from "./which-country-based";
import { whichCountryBornIn } from "./which-country-born-in";
import { whichCountryCommander } from "./which-country-commander";
import { whichCountryDemonym } from "./which-country-demonym";
import { whichCountryDescribed } from "./which-country-described";
import { whichCountryHonour } from "./which-country-honour";
import { whichCountryKindOf } from "./which-country-kind-of";
import { countryStance } from "./which-country-stance";
import { whereNickname, whichCompanyNickname, whichCountryNickname } from "./which-nickname";
import { organisationAuthor, organisationMember } from "./which-organisation-agent";
import { organisationParty } from "./which-organisation-party";
import { organisationRelative } from "./which-organisation-relative";
import { organisationSource } from "./which-organisation-source";
import { organisationWarrant } from "./which-organisation-warrant";
import { whoCounterpart } from "./who-counterpart";
import { whoEponym } from "./who-eponym";
import { whoFieldHonour } from "./who-field-honour";
import { whoFirstBefore } from "./who-first-before";
import { whoHeadsGovernment } from "./who-government";
import { whoKnownPost, whoPastPost } from "./who-known-post";
import { whoOfficeLede } from "./who-office-lede";
import { whoRoleApposition, whoRoleCountry } from "./who-role";
import { whoTitleDescriptor } from "./who-title-descriptor";
import { whoTitleName } from "./who-title-name";

export const defaultRules: readonly Rule[] = [
  whoRoleApposition,
  whoTitleName,
  whoRoleCountry,
  whoOfficeLede,
  whoTitleDescriptor,
  whoKnownPost,
  whoPastPost,
  whoFieldHonour,
  whoApposition,
  whoHeadsGovernment,
  whoFirstBefore,
  whoCounterpart,
  whoEponym,
  whoSubjectOfEvent,
  whoObjectOfEvent,
  whoByAgent,
  whereEventVenue,
  whereContestVenue,
  whereReplacedHost,
  whereBrandedEdition,
  whereHostBid,
  whereFirstHeld,
  whereVenueClause,
  whereEventPlace,
  whereObjectOfEvent,
  whereApposition,
  whereLocatedIn,
  whereLegislatorState,
  whereSeparatedBy,
  whereSubjectPlace,
  whereSuperlative,
  whereCapitalOf,
  whenEventDate,
  whenParticiple,
  whenNamedEvent,
  whenSpanEnd,
  whenStatementDate,
  whenYearsAfter,
  companyDescription,
  companySubjectOfEvent,
  companyObjectOfEvent,
  companyByAgent,
  companySaidIts,
  organisationApposition,
  organisationSubjectOfEvent,
  organisationObjectOfEvent,
  organisationByAgent,
  organisationAuthor,
  organisationMember,
  organisationParty,
  organisationWarrant,
  organisationSource,
  organisationRelative,
  countryStance,
  whichCountryCommander,
  countryApposition,
  countrySubjectOfEvent,
  countryObjectOfEvent,
  whichCountryDemonym,
  whichCountryBased,
  whichCountryBornIn,
  whichCountryKindOf,
  whichCountryHonour,
  whichCompanyNickname,
  whichCountryNickname,
  whereNickname,
  whichCountryDescribed,
  howManyMargin,
  howManyAmount,
  howManyPenalty,
  howManyChange,
  howManyOrdinal,
  howManyAnniversary,
  howManySplit,
  howManyProposed,
  howManyTarget,
  howManyMultiple,
  howManyCrossed,
  howManyLeft,
  howManyAward,
  howManyRanking,
  howManyArticle,
  howManyShare,
  howManyDuration,
  howManyMembers,
  howManyCount,
  howManyCasualties,
  howManyStated,
  howManyHolds,
  howManyChangedBy,
  howManyAboard,
  howManyMeasure,
  howManySized,
  clozeFallback,
];
