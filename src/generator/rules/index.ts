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
import { howManyCasualties, howManyCount, howManyDuration, howManyMembers } from "./how-many";
import { howManyMargin } from "./how-many-margin";
import { howManySized, howManyStated } from "./how-many-stated";
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
import { whereEventPlace } from "./where-event-place";
import { whereEventVenue } from "./where-event-venue";
import { whichCountryDemonym } from "./which-country-demonym";
import { whoCounterpart } from "./who-counterpart";
import { whoFirstBefore } from "./who-first-before";
import { whoHeadsGovernment } from "./who-government";
import { whoKnownPost, whoPastPost } from "./who-known-post";
import { whoRoleApposition, whoRoleCountry } from "./who-role";
import { whoTitleDescriptor } from "./who-title-descriptor";
import { whoTitleName } from "./who-title-name";

export const defaultRules: readonly Rule[] = [
  whoRoleApposition,
  whoTitleName,
  whoRoleCountry,
  whoTitleDescriptor,
  whoKnownPost,
  whoPastPost,
  whoApposition,
  whoHeadsGovernment,
  whoFirstBefore,
  whoCounterpart,
  whoSubjectOfEvent,
  whoObjectOfEvent,
  whoByAgent,
  whereEventVenue,
  whereEventPlace,
  whereObjectOfEvent,
  whereApposition,
  whenEventDate,
  companyDescription,
  companySubjectOfEvent,
  companyObjectOfEvent,
  companyByAgent,
  organisationApposition,
  organisationSubjectOfEvent,
  organisationObjectOfEvent,
  organisationByAgent,
  countryApposition,
  countrySubjectOfEvent,
  countryObjectOfEvent,
  whichCountryDemonym,
  howManyMargin,
  howManyDuration,
  howManyMembers,
  howManyCount,
  howManyCasualties,
  howManyStated,
  howManySized,
  clozeFallback,
];
