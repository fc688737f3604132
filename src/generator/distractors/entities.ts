// Names of the answer's fine type, in tiers from most to least plausible: same office or sector
// and same country first, then the same region, then anywhere.

import {
  CRICKET_FULL_MEMBERS,
  MAJOR_POWERS,
  NO_WOMENS_CRICKET_TEAM,
} from "../../../questions/country-groups";
import type {
  Company,
  Knowledge,
  NamedRegion,
  OfficeHolder,
  Organisation,
  Sector,
  WorldRegion,
} from "../../../questions/types";
import { escapeRegExp } from "../regexp";
import type {
  AnalysedArticle,
  EntityPool,
  OrganisationEntity,
  PersonEntity,
  PlaceEntity,
} from "../types";
import { formerHoldersOf, notableOf, notableTiers } from "./notable";
import { canonicalTitle, officeTitle } from "./office-titles";
import { isSubnationalOffice, jurisdictionOf, subnationalTiers } from "./subnational";

export interface EntityContext {
  knowledge: Knowledge;
  article: AnalysedArticle;
  pool?: EntityPool;
  stem: string;
  sentenceIndex: number;
}

const POLITICAL = new Set(["head-of-state", "head-of-government", "minister", "politician"]);
const OFFICE_TITLES = [
  "Prime Minister",
  "President",
  "Chancellor",
  "King",
  "Queen",
  "Premier",
  "Emir",
];

// Roles that can stand in for each other as options: public office, business, the military.
const ROLE_GROUPS: readonly (readonly string[])[] = [
  [
    "head-of-state",
    "head-of-government",
    "minister",
    "politician",
    "official",
    "diplomat",
    "judge",
  ],
  ["business-leader"],
  ["military-officer"],
  ["scientist", "writer"],
  ["sportsperson"],
];
/** Same group, or either role unknown. */
const compatible = (a: string | undefined, b: string | undefined): boolean =>
  !a || !b || ROLE_GROUPS.some((g) => g.includes(a) && g.includes(b));

const HEADS = new Set(["head-of-state", "head-of-government"]);
// Roles whose holders an aspirant is expected to know anywhere in the world.
const WELL_KNOWN = new Set(["head-of-state", "head-of-government", "minister", "business-leader"]);
const CONTINENTS: readonly [string, readonly WorldRegion[]][] = [
  ["European", ["Europe"]],
  ["Asian", ["East Asia", "South Asia", "Southeast Asia", "Central Asia", "West Asia"]],
  ["African", ["North Africa", "Sub-Saharan Africa"]],
  ["Latin American", ["South America", "Central America & Caribbean"]],
  ["South American", ["South America"]],
  ["Gulf", ["West Asia"]],
  ["Arab", ["West Asia", "North Africa"]],
  ["Pacific", ["Oceania", "East Asia", "Southeast Asia", "North America", "South America"]],
];

const regionOf = (knowledge: Knowledge, country: string | undefined): WorldRegion | undefined =>
  country ? knowledge.countries.find((c) => c.name === country)?.region : undefined;

/** Same-article entities of the same kind, outside the answer's own sentence. */
const articleOthers = <T extends PersonEntity | PlaceEntity | OrganisationEntity>(
  context: EntityContext,
  kind: T["kind"],
): T[] =>
  context.article.entities.filter(
    (e): e is T => e.kind === kind && !e.mentions.some((m) => m.sentence === context.sentenceIndex),
  );

/** Whether the stem names the country (or its demonym): then only same-country options fit. */
const stemNamesCountry = (context: EntityContext, country: string | undefined): boolean =>
  country !== undefined &&
  [country, ...(context.knowledge.countries.find((c) => c.name === country)?.demonyms ?? [])].some(
    (n) => new RegExp(`\\b${escapeRegExp(n)}\\b`).test(context.stem),
  );

/** Whether the stem calls the answer by nationality ("Which French President"): stricter still. */
const stemHasDemonym = (context: EntityContext, country: string | undefined): boolean => {
  const known = context.knowledge.countries.find((c) => c.name === country);
  if (!known) return false;
  // "the Crown Prince of Saudi Arabia" names the country; "Saudi" there is no demonym.
  // Whole words only: "South Korean" keeps its demonym when "South Korea" is taken out.
  const stem = [known.name, ...known.aliases].reduce(
    (s, n) => s.replace(new RegExp(`\\b${escapeRegExp(n)}\\b`, "g"), " "),
    context.stem,
  );
  return known.demonyms.some((d) => new RegExp(`\\b${d}\\b`).test(stem));
};

const allPeopleNames = (knowledge: Knowledge, context: EntityContext): string[] => [
  ...knowledge.officeHolders.map((h) => h.name),
  ...context.article.entities.filter((e) => e.kind === "person").map((e) => e.name),
  ...(context.pool?.people ?? []).map((p) => p.name),
];

const organisationOf = (knowledge: Knowledge, name: string) =>
  knowledge.organisations.find(
    (o) => o.name === name || o.acronym === name || o.aliases.includes(name),
  );

const holderOf = (knowledge: Knowledge, name: string): OfficeHolder | undefined =>
  knowledge.officeHolders.find((h) => h.name === name || h.aliases?.includes(name));

export const personTiers = (answer: PersonEntity, context: EntityContext): string[][] => {
  const { knowledge } = context;
  const notable = notableOf(knowledge, answer.name);
  if (notable) {
    const named =
      stemHasDemonym(context, notable.country) || stemNamesCountry(context, notable.country);
    return notableTiers(knowledge, notable, context.stem, named);
  }
  const holder = holderOf(knowledge, answer.name);
  // "Businessman Mohamed Mohideen": a private person of no known firm is no exam answer.
  if (answer.role === "business-leader" && !answer.affiliation && !holder) return [];
  // A governor, premier or mayor: the same office in the same country, or no options.
  const jurisdiction = jurisdictionOf(knowledge, answer, holder, context.stem);
  if (jurisdiction) return subnationalTiers(knowledge, answer, jurisdiction);
  const role = answer.role ?? holder?.role;
  // A business leader without a stated nationality is of the country of the firm they lead.
  const firm = answer.affiliation
    ? knowledge.companies.find(
        (c) => c.name === answer.affiliation || c.aliases.includes(answer.affiliation as string),
      )
    : undefined;
  // An official of a national body is of the body's country: "the India Meteorological Department".
  const body = answer.affiliation ? organisationOf(knowledge, answer.affiliation) : undefined;
  const country = answer.nationality ?? holder?.country ?? firm?.country ?? body?.country;
  const region = regionOf(knowledge, country);
  // A name with a word glued on ("Pedro Sánchezwill") is an extraction slip, never an option.
  const known = allPeopleNames(knowledge, context);
  const wellFormed = (p: PersonEntity) =>
    !known.some(
      (n) => p.name !== n && p.name.startsWith(n) && /^\p{Ll}/u.test(p.name.slice(n.length)),
    );
  const others = articleOthers<PersonEntity>(context, "person").filter(wellFormed);
  const pool = (context.pool?.people ?? []).filter(wellFormed);
  // "Which President ...": a king or a pope is no option, whatever their role.
  const title = OFFICE_TITLES.find((t) => new RegExp(`\\b${t}\\b`).test(context.stem));
  const allHolders = knowledge.officeHolders;
  const holders = title ? allHolders.filter((h) => h.office.includes(title)) : allHolders;
  const sameRole = (r: string | undefined) => role !== undefined && r === role;
  const ownTitle = answer.title?.toLowerCase();
  // "Official" spans a clinic director, a police chief and a governor: a person from another
  // article is an option for one only under the same title.
  const poolFits = (p: PersonEntity) =>
    sameRole(p.role) && (role !== "official" || p.title?.toLowerCase() === ownTitle);
  const sameCountry = (c: string | undefined) => country !== undefined && c === country;
  const political = (r: string | undefined) => r !== undefined && POLITICAL.has(r);
  const sameRegion = (c: string | undefined) =>
    region !== undefined && regionOf(knowledge, c) === region;
  const names = (list: readonly { name: string }[]) => list.map((p) => p.name);
  // Holders of the same office elsewhere: other foreign ministers for a foreign minister, other
  // US ambassadors for a US ambassador. Heads of state keep the tiers below (same country first).
  const office = answer.title ? canonicalTitle(knowledge, answer.title) : undefined;
  // "Who is the Director of the FBI?": former holders of the very office first (past FBI
  // directors). Not for "Which Prime Minister ...": a former one no longer holds the title.
  const asksHolder = /\bwho is the\b/i.test(context.stem);
  const peerTiers: string[][] =
    holder && asksHolder ? formerHoldersOf(knowledge, holder.office) : [];
  // "Ontario Premier X" has no country: a sub-national head, whose peers are other premiers.
  if (office && (!(role && HEADS.has(role)) || !country)) {
    const fits = (r: string | undefined) =>
      !(r && HEADS.has(r)) && (sameRole(r) || compatible(role, r));
    const kindOf = (name: string) =>
      knowledge.companies.some((c) => c.name === name || c.aliases.includes(name))
        ? "company"
        : organisationOf(knowledge, name)?.type;
    // A business leader's unknown employer is a firm ("Tata Electronics").
    const ownKind =
      firm || (!body && role === "business-leader") ? "company" : (body?.type ?? undefined);
    // A governor of a state and a governor of a central bank share a title, not an office; the
    // head of a sports body is a peer of heads of sports bodies, not of the WTO's.
    const ofBody = (organisation: string | undefined) => {
      if (!organisation !== !answer.affiliation) return false;
      if (!organisation) return true;
      // An unknown body ("Hockey India") has no type to match: no UN or EU president for it.
      return ownKind !== undefined && kindOf(organisation) === ownKind;
    };
    const known = allHolders.filter(
      (h) => fits(h.role) && ofBody(h.organisation) && officeTitle(knowledge, h.office) === office,
    );
    const inNews = [...others, ...pool]
      .filter(
        (p) =>
          fits(p.role) &&
          !p.affiliation === !answer.affiliation &&
          p.title &&
          canonicalTitle(knowledge, p.title) === office,
      )
      .map((p) => ({ name: p.name, country: p.nationality }));
    const peers = [...known, ...inNews];
    if (country) {
      peerTiers.push(names(peers.filter((p) => sameCountry(p.country))));
      if (!stemHasDemonym(context, country)) {
        peerTiers.push(
          names(peers.filter((p) => !sameCountry(p.country) && sameRegion(p.country))),
          // Then the same office anywhere: other defence ministers for a defence minister.
          names(known.filter((p) => !sameCountry(p.country) && !sameRegion(p.country))),
        );
      }
    } else {
      // Of no known country: governors in the news first (they vary by region), then knowledge.
      peerTiers.push(names(inNews), names(known));
    }
  }
  // "Which Prime Minister": an emperor or a chief minister of the same country is no option.
  // A state's governor or a city's mayor is no stand-in for a national head either.
  const subnational = (h: OfficeHolder) =>
    /^(Deputy )?Chief Minister\b/.test(h.office) ||
    (/^(Governor|Mayor)\b/.test(h.office) && isSubnationalOffice(knowledge, h));
  const whichTitle = title && new RegExp(`\\bwhich (?:\\S+ )?${title}\\b`, "i").test(context.stem);
  const titled = (h: OfficeHolder) => !whichTitle || h.office.includes(title);
  // "Which Defence Minister ...?" names the answer's own title: only holders of it fit. (Heads
  // of state keep the title filter below, which compares office strings.)
  const asksOwnTitle =
    office !== undefined &&
    !(role && HEADS.has(role)) &&
    answer.title !== undefined &&
    new RegExp(`\\bwhich (?:\\S+ )?${escapeRegExp(answer.title)}\\b`, "i").test(context.stem);
  if (asksOwnTitle) return peerTiers;
  // The head of an international body: heads of other international bodies.
  const international = body !== undefined && !body.country;
  const globalPeers = international
    ? allHolders.filter((h) => {
        const other = h.organisation ? organisationOf(knowledge, h.organisation) : undefined;
        return sameRole(h.role) && other !== undefined && !other.country;
      })
    : [];
  const tiers: string[][] = [
    ...peerTiers,
    names(globalPeers),
    [
      ...names(allHolders.filter((h) => sameRole(h.role) && sameCountry(h.country))),
      // Former chiefs and generals of the country: peers of its serving army chief (a sports
      // administrator is no peer of a central bank governor, so officials stay out).
      ...names(
        (knowledge.notablePeople ?? []).filter(
          (p) => role === "military-officer" && sameRole(p.role) && sameCountry(p.country),
        ),
      ),
      ...names(others.filter((p) => sameRole(p.role) && sameCountry(p.nationality))),
      ...names(pool.filter((p) => poolFits(p) && sameCountry(p.nationality))),
    ],
  ];
  if (political(role)) {
    const ownSubnational = holder ? subnational(holder) : false;
    // A cabinet minister's options are other ministers: the President, the Prime Minister or
    // the Vice-President beside them is an office everyone can rule out (check 6).
    const minister = role === "minister";
    const aboveCabinet = (h: OfficeHolder) =>
      (h.role !== undefined && HEADS.has(h.role)) || /^Vice[- ]President\b/.test(h.office);
    const compatriots = allHolders.filter(
      (h) =>
        political(h.role) &&
        sameCountry(h.country) &&
        titled(h) &&
        (ownSubnational || !subnational(h)) &&
        !(minister && aboveCabinet(h)),
    );
    // The government before the legislature: a minister is a closer option than a senator.
    const executive = (h: OfficeHolder) => h.role !== "politician" || /^Vice/.test(h.office);
    // Party leaders out of office ("Imran Khan") are the country's politicians too.
    // Not for "Which Prime Minister ...": a former one no longer holds the title.
    // Not a city's former governor: no stand-in for a national office.
    const outOfOffice = (knowledge.notablePeople ?? []).filter(
      (p) =>
        !whichTitle && political(p.role) && sameCountry(p.country) && p.field !== "former governor",
    );
    tiers.push(
      names(compatriots.filter(executive)),
      // A senator is no stand-in for a cabinet secretary either.
      names(minister ? [] : [...compatriots, ...outOfOffice]),
    );
  }
  // The head of a body (the FBI's director): heads of other bodies or no option at all, never
  // the story's journalist or police officer to fill up.
  if (role === "official" && (answer.affiliation || holder?.organisation)) return tiers;
  // People of the same story: the other officials, experts and leaders the article names.
  const local = others.filter((p) => !country || !p.nationality || sameCountry(p.nationality));
  // A stem that gives the nationality ("Which French President ...") takes that country's people
  // only; the rule also offers a stem without the nationality for when there are too few.
  if (stemHasDemonym(context, country)) {
    tiers.push(names(others.filter((p) => sameCountry(p.nationality) && compatible(role, p.role))));
    return tiers;
  }
  tiers.push(names(local.filter((p) => sameRole(p.role))));
  if (holder) {
    // A known office holder: the same office nearby, then anywhere; locals of other roles
    // (a professor for a prime minister) never.
    // A minister's stand-ins abroad hold the same portfolio: Canada's foreign minister is no
    // option for the US Treasury Secretary (the peer tiers above already offered the peers).
    if (role === "minister") return tiers;
    tiers.push(names(holders.filter((h) => sameRole(h.role) && sameRegion(h.country))));
    tiers.push(names(pool.filter(poolFits)));
    tiers.push(names(holders.filter((h) => sameRole(h.role))));
    return tiers;
  }
  // A local office holder: holders of the same title elsewhere ("governor" for a governor).
  if (ownTitle && !stemNamesCountry(context, country)) {
    const sameTitle = (p: PersonEntity) =>
      p.title?.toLowerCase() === ownTitle && compatible(role, p.role);
    tiers.push(
      names([...others, ...pool].filter((p) => sameTitle(p) && !holderOf(knowledge, p.name))),
    );
  }
  // A local figure: other locals next, never a world leader as a stand-in for a local official.
  tiers.push(
    names(
      local.filter(
        (p) =>
          !sameRole(p.role) &&
          // A witness of no known role is no stand-in for an official.
          (p.role !== undefined || role === undefined) &&
          // A head of state is no stand-in for a senator or a mayor.
          !(p.role && HEADS.has(p.role) && !(role && HEADS.has(role))) &&
          !(p.role && WELL_KNOWN.has(p.role) && !political(role)) &&
          compatible(role, p.role),
      ),
    ),
  );
  if (stemNamesCountry(context, country)) return tiers;
  // A local figure: other articles' people of the same role (or, for a person of no known role,
  // people of no known role), never world leaders.
  tiers.push(names(pool.filter((p) => poolFits(p) && !holderOf(knowledge, p.name))));
  if (!role) {
    const untitled = (p: PersonEntity) => p.title?.toLowerCase() === ownTitle;
    tiers.push(names(pool.filter((p) => !p.role && untitled(p) && !holderOf(knowledge, p.name))));
  }
  if (role && WELL_KNOWN.has(role)) {
    tiers.push(names(holders.filter((h) => sameRole(h.role) && sameRegion(h.country))));
  }
  return tiers;
};

// A cricket contest: the ICC, a Test, an ODI or a T20, or cricket named.
const CRICKET_CONTEXT = /\bICC\b|\bcricket|\bODIs?\b|\bT20(?:I|s)?\b|\bTest (?:match|series)\b/;

export const placeTiers = (answer: PlaceEntity, context: EntityContext): string[][] => {
  const { knowledge } = context;
  const samePlaceType = (p: PlaceEntity) => p.placeType === answer.placeType;
  const ownArticle = articleOthers<PlaceEntity>(context, "place").filter(samePlaceType);
  const places = [...ownArticle, ...(context.pool?.places ?? []).filter(samePlaceType)];
  switch (answer.placeType) {
    case "country": {
      // "Which country prevailed ... in the ICC Women's World Cup final?": cricketing countries,
      // and for a women's contest only those with a women's team.
      if (CRICKET_CONTEXT.test(context.stem) && CRICKET_FULL_MEMBERS.includes(answer.name)) {
        const women = /\b[Ww]omen[’']?s\b/.test(context.stem);
        const teams = CRICKET_FULL_MEMBERS.filter(
          (c) => !(women && NO_WOMENS_CRICKET_TEAM.includes(c)),
        );
        const own = ownArticle.map((p) => p.name).filter((n) => teams.includes(n));
        return [own, teams];
      }
      // "Geek+'s biggest European market": the stem's continent bounds the options.
      const continent = CONTINENTS.find(([word]) => new RegExp(`\\b${word}\\b`).test(context.stem));
      const inContinent = (name: string) =>
        !continent || continent[1].includes(regionOf(knowledge, name) as WorldRegion);
      const states = knowledge.countries.filter((c) => !c.status && inContinent(c.name));
      const fullStates = new Set(states.map((c) => c.name));
      const region = answer.region ?? regionOf(knowledge, answer.name);
      // The article's other countries first: they are the ones an aspirant weighs. Regions of
      // small island states give way to the major powers.
      // Countries other articles are about come first among the neighbours: they are in the news.
      const inNews = new Set((context.pool?.places ?? []).map((p) => p.name));
      const regional = states.filter((c) => c.region === region).map((c) => c.name);
      const newsy = regional.filter((n) => inNews.has(n));
      const rest = regional.filter((n) => !inNews.has(n));
      const powers = MAJOR_POWERS.filter(inContinent);
      const small = region === "Oceania" || region === "Central America & Caribbean";
      return [
        ownArticle.filter((p) => fullStates.has(p.name)).map((p) => p.name),
        ...(small ? [powers, newsy, rest] : [newsy, rest, powers]),
        states.map((c) => c.name),
      ];
    }
    case "city": {
      const region = regionOf(knowledge, answer.country);
      const tiers = [
        [
          ...knowledge.cities.filter((c) => c.country === answer.country).map((c) => c.name),
          ...places.filter((p) => p.country === answer.country).map((p) => p.name),
        ],
        knowledge.cities
          .filter((c) => region && regionOf(knowledge, c.country) === region)
          .map((c) => c.name),
      ];
      return stemNamesCountry(context, answer.country) ? tiers.slice(0, 1) : tiers;
    }
    case "state": {
      const indian = knowledge.indianStates.find((s) => s.name === answer.name);
      if (indian)
        return [knowledge.indianStates.filter((s) => s.type === indian.type).map((s) => s.name)];
      // A province abroad: the other provinces of its country, never another country's.
      const own = landformOf(knowledge, answer.name);
      if (!own?.country) return [places.map((p) => p.name)];
      return [
        knowledge.regions
          .filter((r) => r.type === "province" && r.country === own.country && r.noun === own.noun)
          .map((r) => r.name),
      ];
    }
    case "island":
    case "mountain":
    case "range":
    case "glacier":
    case "stadium":
      return landformTiers(answer, context);
    case "region": {
      // A continent: the other continents, and nothing else ("Arctic" is no continent).
      const continents = knowledge.regions.filter((r) => r.type === "continent");
      if (continents.some((r) => r.name === answer.name)) return [continents.map((r) => r.name)];
      return [
        knowledge.regions.filter((r) => r.region === answer.region).map((r) => r.name),
        knowledge.regions.map((r) => r.name),
      ];
    }
    default: {
      const water = knowledge.waterBodies.filter((w) => w.type === answer.placeType);
      return [
        water.filter((w) => w.region === answer.region).map((w) => w.name),
        places.map((p) => p.name),
        water.map((w) => w.name),
      ];
    }
  }
};

const landformOf = (knowledge: Knowledge, name: string): NamedRegion | undefined =>
  knowledge.regions.find((r) => r.name === name);

/** Same kind; the same archipelago first, then the same country, then the same region. */
const landformTiers = (answer: PlaceEntity, context: EntityContext): string[][] => {
  const { knowledge } = context;
  const own = landformOf(knowledge, answer.name);
  const kin = knowledge.regions.filter((r) => r.type !== undefined && r.type === own?.type);
  const names = (list: readonly NamedRegion[]) => list.map((r) => r.name);
  // "Which Canary Island ...": an island of another group would be no option at all.
  if (own?.group && context.stem.includes(own.group.replace(/s$/, ""))) {
    return [names(kin.filter((r) => r.group === own.group))];
  }
  // "Which mountain range ...?" of a peak: ranges with high peaks of their own, nearest first
  // (Karakoram → Himalayas, Hindu Kush, Pamirs; not the Aravallis).
  const peaked = kin.filter((r) => knowledge.regions.some((p) => p.range === r.name));
  const continent = (region: string | undefined) => (region?.endsWith("Asia") ? "Asia" : region);
  if (own?.type === "range" && peaked.length > 0) {
    return [
      names(peaked.filter((r) => r.region === answer.region)),
      names(peaked.filter((r) => continent(r.region) === continent(answer.region))),
      names(peaked),
      names(kin.filter((r) => r.region === answer.region)),
    ];
  }
  // A cricket ground among cricket grounds (no athletics stadium), the same country's first.
  if (own?.type === "stadium" && own.group) {
    const grounds = kin.filter((r) => r.group === own.group);
    return [
      names(grounds.filter((r) => r.country === own.country)),
      names(grounds.filter((r) => r.region === answer.region)),
      names(grounds),
    ];
  }
  return [
    names(kin.filter((r) => own?.group !== undefined && r.group === own.group)),
    names(kin.filter((r) => own?.country !== undefined && r.country === own.country)),
    names(kin.filter((r) => r.region === answer.region)),
    names(kin),
  ];
};

const STATE_OWNED = /\b(state-owned|state-run|government-owned|public[- ]sector)\b/i;
// Sectors whose firms an examiner offers side by side: a shipping line among shipbuilders.
const RELATED_SECTORS: Partial<Record<Sector, Sector>> = {
  "shipping and ports": "shipbuilding",
  shipbuilding: "shipping and ports",
};

/** The last word of a body's name, spelling unified: "Organization" and "Organisation" agree. */
const headWord = (name: string): string =>
  (name.split(/\s+/).pop() ?? "").toLowerCase().replace("organization", "organisation");

/**
 * Bodies of the answer's field (aviation bodies for an aviation regulator, lenders for a lender):
 * a national body only among its country's; a regional one first among its region's. Never the
 * body it belongs to or one of its own agencies (no WFP for the UN).
 */
const fieldTiers = (knowledge: Knowledge, own: Organisation, national?: string): string[][] => {
  const names = (list: readonly Organisation[]) => list.map((o) => o.name);
  const kin = knowledge.organisations.filter(
    (o) => o.name !== own.name && o.parent !== own.name && o.name !== own.parent,
  );
  const field = kin.filter((o) => o.field === own.field && o.country === national);
  if (national) return [names(field)];
  const inRegion = (o: Organisation) => own.region !== undefined && o.region === own.region;
  const head = headWord(own.name);
  return [
    names(field.filter(inRegion)),
    names(kin.filter((o) => !o.country && inRegion(o))),
    names(field.filter((o) => headWord(o.name) === head)),
    names(field),
  ];
};

export const organisationTiers = (
  answer: OrganisationEntity,
  context: EntityContext,
): string[][] => {
  const { knowledge } = context;
  const others = [
    ...articleOthers<OrganisationEntity>(context, "organisation"),
    ...(context.pool?.organisations ?? []),
  ].filter((o) => o.orgType === answer.orgType);
  if (answer.orgType !== "company") {
    const own = organisationOf(knowledge, answer.name);
    const national = answer.country ?? own?.country;
    // The field first; a field too small for options (the WHO alone) falls back to the type.
    const byField = own?.field ? fieldTiers(knowledge, own, national) : [];
    const apart = (o: Organisation) => !own || (o.parent !== own.name && o.name !== own.parent);
    const same = knowledge.organisations.filter((o) => o.type === answer.orgType && apart(o));
    // A national body (a party, a regulator) is only confused with bodies of its own country.
    if (national) {
      return [
        ...byField,
        [
          ...same.filter((o) => o.country === national).map((o) => o.name),
          ...others.filter((o) => o.country === national).map((o) => o.name),
        ],
      ];
    }
    // "International Maritime Organization": other "... Organization" bodies read most alike.
    const head = headWord(answer.name);
    return [
      ...byField,
      same.filter((o) => !o.country && headWord(o.name) === head).map((o) => o.name),
      [
        ...same.filter((o) => !o.country).map((o) => o.name),
        ...others.filter((o) => !o.country).map((o) => o.name),
      ],
    ];
  }
  const known = knowledge.companies.find((c) => c.name === answer.name);
  const sector = answer.sector ?? known?.sector;
  const country = answer.country ?? known?.country;
  const region = regionOf(knowledge, country);
  // A firm the same article names is in the same story, often with a like claim ("Gree also
  // sees strong demand"): it comes after other firms of the sector nearby, never before.
  const named = new Set(
    context.article.entities.filter((e) => e.kind === "organisation").map((e) => e.name),
  );
  // "a leader in memory chip production": a firm known for what the stem says fits it too.
  const stem = context.stem.toLowerCase();
  const said = (c: Company) =>
    (c.keywords ?? []).some((k) => stem.includes(k.toLowerCase().replace(/s$/, "")));
  // "Which state-owned Indian company ...": options the stem's ownership fits too.
  const owned = STATE_OWNED.test(context.stem);
  const companies = knowledge.companies.filter(
    (c) => !named.has(c.name) && !said(c) && (!owned || c.stateOwned),
  );
  const names = (list: readonly { name: string }[]) => list.map((c) => c.name);
  const story = knowledge.companies.filter(
    (c) => named.has(c.name) && c.sector === sector && !said(c),
  );
  const kin = sector ? RELATED_SECTORS[sector] : undefined;
  if (stemNamesCountry(context, country)) {
    const home = companies.filter((c) => c.country === country);
    return [
      names(home.filter((c) => c.sector === sector)),
      names(home.filter((c) => kin !== undefined && c.sector === kin)),
      names(story.filter((c) => c.country === country)),
      names(home),
    ];
  }
  return [
    names(companies.filter((c) => c.sector === sector && c.country === country)),
    [
      ...names(
        companies.filter(
          (c) => c.sector === sector && region && regionOf(knowledge, c.country) === region,
        ),
      ),
      ...names(others.filter((o) => o.sector === sector && !named.has(o.name))),
    ],
    names(story),
    names(companies.filter((c) => c.sector === sector)),
    names(companies.filter((c) => c.country === country)),
  ];
};
