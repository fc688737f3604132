// The question rules, in order: stronger, more specific rules first; the cloze fallback last.
import type { Rule } from "../types";
import {
  companyDescription,
  countryApposition,
  organisationApposition,
  whereApposition,
  whoApposition,
} from "./apposition";
import { clozeFallback } from "./cloze";
import { howManyCount, howManyDuration } from "./how-many";
import {
  companySubjectOfEvent,
  countrySubjectOfEvent,
  organisationSubjectOfEvent,
  whoSubjectOfEvent,
} from "./subject-of-event";
import { whenEventDate } from "./when-event-date";
import { whereEventPlace } from "./where-event-place";
import { whoRoleApposition, whoRoleCountry } from "./who-role";
import { whoTitleName } from "./who-title-name";

export const defaultRules: readonly Rule[] = [
  whoRoleApposition,
  whoTitleName,
  whoRoleCountry,
  whoApposition,
  whoSubjectOfEvent,
  whereEventPlace,
  whereApposition,
  whenEventDate,
  companyDescription,
  companySubjectOfEvent,
  organisationApposition,
  organisationSubjectOfEvent,
  countryApposition,
  countrySubjectOfEvent,
  howManyDuration,
  howManyCount,
  clozeFallback,
];
