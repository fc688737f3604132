// Typed shapes of the rule data in questions/. Data files hold values of these types and no logic.

/** Broad world regions used to pick distractors "from the same neighbourhood". */
export type WorldRegion =
  | "South Asia"
  | "East Asia"
  | "Southeast Asia"
  | "Central Asia"
  | "West Asia"
  | "Europe"
  | "North Africa"
  | "Sub-Saharan Africa"
  | "North America"
  | "Central America & Caribbean"
  | "South America"
  | "Oceania";

export interface Country {
  name: string; // common English name: "South Korea"
  aliases: string[]; // "Republic of Korea", "ROK"
  demonyms: string[]; // "South Korean"
  capital: string;
  region: WorldRegion;
  iso2: string;
  /** No sea coast: no option for a question about a coast guard, navy or territorial waters. */
  landlocked?: true;
  /** Absent for UN member states. Lets distractor choice skip entities that are not full states. */
  status?: "observer-state" | "partially-recognised" | "territory";
}

export interface City {
  name: string;
  country: string; // Country.name
  aliases?: string[];
  /** For Indian cities: the state or union territory. */
  state?: string;
}

export type WaterBodyType =
  | "sea"
  | "strait"
  | "ocean"
  | "gulf"
  | "bay"
  | "channel"
  | "lake"
  | "river"
  | "canal";

export interface WaterBody {
  name: string; // "Sea of Japan"
  type: WaterBodyType;
  region: WorldRegion | "Global";
  aliases?: string[]; // "East Sea"
}

export interface IndianState {
  name: string;
  type: "state" | "union-territory";
  capital: string;
  aliases?: string[];
}

/** A named place finer than a region that exams ask about, each with its own distractor pool. */
export type LandformType =
  | "province"
  | "island"
  | "mountain"
  | "range"
  | "glacier"
  | "stadium"
  | "continent";

/** Named regions that are not countries: "Northeast Asia", "Indo-Pacific", "Gaza Strip", "Kashmir". */
export interface NamedRegion {
  name: string;
  region: WorldRegion | "Global";
  aliases?: string[];
  /** Set for provinces, islands, peaks, ranges, glaciers and stadiums; plain regions have none. */
  type?: LandformType;
  /** Country.name of the country the place lies in. */
  country?: string;
  /** City.name of a stadium's city. */
  city?: string;
  /** What a province is called at home: "province" (Canada, China), "state" (US), "region". */
  noun?: string;
  /** City.name of a province's seat, where recorded: "Sittwe" for Rakhine. */
  capital?: string;
  /** Other countries the place also lies in (a peak on a border): never a distractor. */
  alsoIn?: string[];
  /** Countries that claim the place without holding it (India: Gilgit-Baltistan). Its country
   * is never asked: for an Indian exam the holder is not the one right answer. */
  claimedBy?: string[];
  /** A peak's mountain range (NamedRegion.name of type "range"): "Karakoram" for K2. */
  range?: string;
  /** An island's archipelago ("Canary Islands"): options stay within it when the stem names it. */
  group?: string;
}

export type Sector =
  | "conglomerate"
  | "banking"
  | "financial services"
  | "insurance"
  | "information technology"
  | "semiconductors"
  | "electronics"
  | "telecommunications"
  | "automobiles"
  | "defence"
  | "aerospace"
  | "energy"
  | "oil and gas"
  | "mining and metals"
  | "steel"
  | "pharmaceuticals"
  | "consumer goods"
  | "home appliances"
  | "retail"
  | "e-commerce"
  | "internet"
  | "social media"
  | "artificial intelligence"
  | "airlines"
  | "shipping and ports"
  | "shipbuilding"
  | "infrastructure"
  | "media"
  | "food and beverages"
  | "fmcg"
  | "chemicals"
  | "railways"
  | "cement"
  | "other";

export interface Company {
  name: string; // "Samsung Electronics"
  aliases: string[]; // "Samsung"
  sector: Sector;
  country: string; // Country.name of its home
  /** Short descriptive phrases an article may use: "memory chips", "smartphones". */
  keywords?: string[];
  /** True for public-sector undertakings / state-owned firms. */
  stateOwned?: boolean;
}

export type OrganisationType =
  | "international" // UN bodies, WTO, IMF ...
  | "regional-bloc" // ASEAN, SCO, BRICS, Quad, G7, G20 ...
  | "military-alliance" // NATO
  | "indian-government" // RBI, SEBI, ISRO, DRDO, NITI Aayog, Election Commission ...
  | "foreign-government" // FBI, NASA, Pentagon ...
  | "armed-force" // Indian Army, Indian Navy ...
  | "political-party"
  | "sports-body" // ICC, FIFA, IOC, BCCI
  | "ngo"
  | "court"
  | "armed-group" // non-state armed and militant groups: Hamas, Hezbollah, Houthis, LeT ...
  | "media"; // news agencies and broadcasters: PTI, Reuters, BBC ...

/** What a body does: options for one share it (aviation bodies for an aviation regulator). */
export type OrganisationField =
  | "general" // broad political bodies: the UN, regional blocs
  | "humanitarian"
  | "finance"
  | "trade"
  | "health"
  | "transport" // shipping, aviation, post, telecoms
  | "aviation"
  | "environment"
  | "non-proliferation"
  | "culture"
  | "development"
  | "investigation"
  | "financial-regulation";

export interface Organisation {
  name: string; // "Reserve Bank of India"
  acronym?: string; // "RBI"
  aliases: string[];
  type: OrganisationType;
  /** Country.name for national bodies; omitted for international ones. */
  country?: string;
  headquarters?: string;
  /** What the body does, where options should share it. */
  field?: OrganisationField;
  /** The continent or region a regional body serves: "Europe" for the Council of Europe. */
  region?: WorldRegion;
  /** Organisation.name of the body it belongs to: a UN agency's "United Nations". */
  parent?: string;
}

export type PersonRole =
  | "head-of-state"
  | "head-of-government"
  | "minister"
  | "politician"
  | "business-leader"
  | "military-officer"
  | "diplomat"
  | "judge"
  | "official" // heads of central banks, agencies, international organisations
  | "sportsperson"
  | "scientist"
  | "writer"
  | "other";

export interface OfficeHolder {
  name: string; // "Xi Jinping"
  aliases?: string[];
  office: string; // "President of China"
  role: PersonRole;
  country?: string; // Country.name
  organisation?: string;
  /** ISO date the entry was last known to be true: keys naming last year's holders are a plague. */
  asOf: string;
  /** An incumbent every aspirant knows (the US President): "Who is ...?" about them is asked last. */
  familiar?: boolean;
}

/** A post held for a span of years: "president of the Indian Olympic Association", 2017-2022. */
export interface PastPost {
  post: string;
  from: number;
  /** Last year in the post (inclusive). */
  to: number;
}

/** A person in the news for a field rather than an office: a javelin thrower, a mountaineer. */
export interface NotablePerson {
  name: string;
  aliases?: string[];
  /** What options must share, as a stem says it: "javelin thrower", "cricketer", "mountaineer". */
  field: string;
  /** A narrower set within the field that options should share: "women's cricket". */
  group?: string;
  role: PersonRole;
  country: string; // Country.name
  /** A single-holder post held on asOf: "head coach of the India women's cricket team". */
  post?: string;
  /** Earlier posts by year, for "Who was the president of X in 2019?". */
  pastPosts?: readonly PastPost[];
  /** Distinctions as an article writes them before the field ("double Olympic medallist"), each
   * held by no one else of the same field and country here. */
  honours?: readonly string[];
  asOf: string;
}

/** A title that can stand before a name: "President", "Prime Minister", "Lt Gen". */
export interface Title {
  title: string;
  role: PersonRole;
  aliases?: string[];
}

/** A pattern for text that is not article content: footers, share bars, captions, "Also read". */
export interface BoilerplatePattern {
  id: string;
  /** Tested against a whole trimmed paragraph. */
  pattern: RegExp;
  reason: string;
}

/** Everything the generator knows about the world, passed in as one value. */
export interface Knowledge {
  countries: readonly Country[];
  cities: readonly City[];
  waterBodies: readonly WaterBody[];
  indianStates: readonly IndianState[];
  regions: readonly NamedRegion[];
  companies: readonly Company[];
  organisations: readonly Organisation[];
  officeHolders: readonly OfficeHolder[];
  /** People known by field (sport, mountaineering, politics out of office): optional. */
  notablePeople?: readonly NotablePerson[];
  titles: readonly Title[];
}
