// Finer groups of countries than the world regions of countries.ts, for options that fit a
// sentence's frame: Italy and Greece beside Spain, not Belarus. Europe's sub-regions follow the UN
// M49 geoscheme, except that the Western Balkans form a group of their own (M49 counts them in
// Southern Europe). Microstates and the smallest states (Luxembourg, Malta, Iceland) are left out:
// they fit few frames.
export type EuropeanSubregion =
  | "Northern Europe"
  | "Western Europe"
  | "Southern Europe"
  | "Western Balkans"
  | "Eastern Europe";

export const EUROPEAN_SUBREGIONS: Readonly<Record<string, EuropeanSubregion>> = {
  "United Kingdom": "Northern Europe",
  Ireland: "Northern Europe",
  Denmark: "Northern Europe",
  Norway: "Northern Europe",
  Sweden: "Northern Europe",
  Finland: "Northern Europe",
  Estonia: "Northern Europe",
  Latvia: "Northern Europe",
  Lithuania: "Northern Europe",
  France: "Western Europe",
  Germany: "Western Europe",
  Netherlands: "Western Europe",
  Belgium: "Western Europe",
  Switzerland: "Western Europe",
  Austria: "Western Europe",
  Spain: "Southern Europe",
  Portugal: "Southern Europe",
  Italy: "Southern Europe",
  Greece: "Southern Europe",
  Slovenia: "Southern Europe",
  Croatia: "Southern Europe",
  "Bosnia and Herzegovina": "Western Balkans",
  Serbia: "Western Balkans",
  Albania: "Western Balkans",
  "North Macedonia": "Western Balkans",
  Poland: "Eastern Europe",
  "Czech Republic": "Eastern Europe",
  Slovakia: "Eastern Europe",
  Hungary: "Eastern Europe",
  Romania: "Eastern Europe",
  Bulgaria: "Eastern Europe",
  Moldova: "Eastern Europe",
  Ukraine: "Eastern Europe",
  Belarus: "Eastern Europe",
  Russia: "Eastern Europe",
};

/** The 19 member countries of the G20 (the EU and the African Union are its other members). */
export const G20_COUNTRIES: readonly string[] = [
  "Argentina",
  "Australia",
  "Brazil",
  "Canada",
  "China",
  "France",
  "Germany",
  "India",
  "Indonesia",
  "Italy",
  "Japan",
  "Mexico",
  "Russia",
  "Saudi Arabia",
  "South Africa",
  "South Korea",
  "Turkey",
  "United Kingdom",
  "United States",
];

/** Cities with a major stock exchange: the options for "listed in ____". */
export const EXCHANGE_CITIES: readonly string[] = [
  "Shanghai",
  "Shenzhen",
  "Hong Kong",
  "Beijing",
  "Tokyo",
  "Taipei",
  "Singapore",
  "Mumbai",
  "Sydney",
  "London",
  "Frankfurt",
  "Paris",
  "Amsterdam",
  "Zurich",
  "New York",
  "Toronto",
  "São Paulo",
  "Johannesburg",
  "Riyadh",
  "Dubai",
];

/** Full Members of the International Cricket Council that are sovereign countries (England and
 * the West Indies, the other two, are not): the options for a country in an ICC contest. */
export const CRICKET_FULL_MEMBERS: readonly string[] = [
  "Afghanistan",
  "Australia",
  "Bangladesh",
  "India",
  "Ireland",
  "New Zealand",
  "Pakistan",
  "South Africa",
  "Sri Lanka",
  "Zimbabwe",
];

/** Afghanistan has fielded no women's team since 2021: no option in a women's contest. */
export const NO_WOMENS_CRICKET_TEAM: readonly string[] = ["Afghanistan"];

/** Countries that fit almost any frame beside any other: last-resort options for a country. */
export const MAJOR_POWERS: readonly string[] = [
  "United States",
  "China",
  "Russia",
  "Japan",
  "United Kingdom",
  "France",
  "Germany",
  "India",
];
