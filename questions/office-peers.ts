import type { OfficeHolder } from "./types";

// Holders of one office in several countries, so that "Who is the Foreign Minister of Belgium?"
// can offer other foreign ministers rather than a mayor or a fire chief. Offices are written
// "<Title> of <country>" (or "to", "from") so the title part can be compared between entries.
// Same asOf convention as office-holders.ts: the date the entry was last known to be true.
const mid2025 = "2025-06-30";

const foreignMinister = (name: string, country: string, asOf = mid2025): OfficeHolder => ({
  name,
  office: `Foreign Minister of ${country}`,
  role: "minister",
  country,
  asOf,
});

const defenceMinister = (name: string, country: string): OfficeHolder => ({
  name,
  office: `Defence Minister of ${country}`,
  role: "minister",
  country,
  asOf: mid2025,
});

const financeMinister = (name: string, country: string): OfficeHolder => ({
  name,
  office: `Finance Minister of ${country}`,
  role: "minister",
  country,
  asOf: mid2025,
});

const interiorMinister = (name: string, country: string, asOf = mid2025): OfficeHolder => ({
  name,
  office: `Interior Minister of ${country}`,
  role: "minister",
  country,
  asOf,
});

// Gulf and Jordanian heirs: the peers of a crown prince.
const crownPrince = (name: string, of: string, country: string, aliases?: string[]) => ({
  name,
  ...(aliases ? { aliases } : {}),
  office: `Crown Prince of ${of}`,
  role: "other" as const,
  country,
  asOf: mid2025,
});

const usAmbassador = (name: string, to: string, asOf = mid2025): OfficeHolder => ({
  name,
  office: `US Ambassador to ${to}`,
  role: "diplomat",
  country: "United States",
  asOf,
});

const usSenator = (name: string, state: string): OfficeHolder => ({
  name,
  office: `US Senator from ${state}`,
  role: "politician",
  country: "United States",
  asOf: mid2025,
});

// Heads of provinces, regions and states: the peers of a premier, regional president or governor.
const subnationalHead = (
  name: string,
  office: string,
  country: string,
  aliases?: string[],
): OfficeHolder => ({
  name,
  ...(aliases ? { aliases } : {}),
  office,
  role: "politician",
  country,
  asOf: mid2025,
});

export const officePeers: readonly OfficeHolder[] = [
  foreignMinister("Maxime Prévot", "Belgium"),
  foreignMinister("Jean-Noël Barrot", "France", "2025-10-12"),
  foreignMinister("Johann Wadephul", "Germany"),
  foreignMinister("Antonio Tajani", "Italy"),
  foreignMinister("José Manuel Albares", "Spain"),
  foreignMinister("Radosław Sikorski", "Poland"),
  foreignMinister("Andrii Sybiha", "Ukraine"),
  foreignMinister("Hakan Fidan", "Turkey"),
  foreignMinister("Abbas Araghchi", "Iran"),
  foreignMinister("Ishaq Dar", "Pakistan"),
  foreignMinister("Penny Wong", "Australia"),
  foreignMinister("Anita Anand", "Canada"),
  foreignMinister("Faisal bin Farhan Al Saud", "Saudi Arabia"),
  foreignMinister("Toshimitsu Motegi", "Japan", "2025-10-21"),

  defenceMinister("Khawaja Asif", "Pakistan"),
  defenceMinister("Boris Pistorius", "Germany"),
  defenceMinister("Andrei Belousov", "Russia"),
  defenceMinister("Dong Jun", "China"),
  defenceMinister("Richard Marles", "Australia"),

  financeMinister("Muhammad Aurangzeb", "Pakistan"),
  financeMinister("Lars Klingbeil", "Germany"),
  financeMinister("Anton Siluanov", "Russia"),
  financeMinister("Lan Fo'an", "China"),

  interiorMinister("Fernando Grande-Marlaska", "Spain"),
  interiorMinister("Laurent Nuñez", "France", "2025-10-12"),
  interiorMinister("Alexander Dobrindt", "Germany"),
  interiorMinister("Matteo Piantedosi", "Italy"),

  crownPrince("Sabah Al-Khalid Al-Sabah", "Kuwait", "Kuwait"),
  crownPrince("Khaled bin Mohamed bin Zayed", "Abu Dhabi", "United Arab Emirates"),
  crownPrince("Hamdan bin Mohammed Al Maktoum", "Dubai", "United Arab Emirates"),
  crownPrince("Salman bin Hamad Al Khalifa", "Bahrain", "Bahrain"),
  crownPrince("Hussein bin Abdullah", "Jordan", "Jordan"),

  usAmbassador("Pete Hoekstra", "Canada"),
  usAmbassador("Sergio Gor", "India", "2025-10-09"),
  usAmbassador("David Perdue", "China"),
  usAmbassador("George Glass", "Japan"),
  usAmbassador("Mike Huckabee", "Israel"),
  usAmbassador("Warren Stephens", "the United Kingdom"),
  usAmbassador("Charles Kushner", "France"),

  subnationalHead("François Legault", "Premier of Quebec", "Canada"),
  subnationalHead("David Eby", "Premier of British Columbia", "Canada"),
  subnationalHead("Danielle Smith", "Premier of Alberta", "Canada"),
  subnationalHead("Scott Moe", "Premier of Saskatchewan", "Canada"),
  subnationalHead("Salvador Illa", "Regional President of Catalonia", "Spain"),
  subnationalHead("Juanma Moreno", "Regional President of Andalusia", "Spain"),
  subnationalHead("Alfonso Rueda", "Regional President of Galicia", "Spain"),
  subnationalHead("Imanol Pradales", "Regional President of the Basque Country", "Spain"),
  subnationalHead("Gavin Newsom", "Governor of California", "United States"),
  subnationalHead("Greg Abbott", "Governor of Texas", "United States"),
  subnationalHead("Ron DeSantis", "Governor of Florida", "United States"),
  subnationalHead("Josh Shapiro", "Governor of Pennsylvania", "United States"),
  subnationalHead("Kathy Hochul", "Governor of New York", "United States"),
  subnationalHead("Henry McMaster", "Governor of South Carolina", "United States"),
  // Prefectural governors of Japan (elected; terms to 2027 and beyond).
  subnationalHead("Yuriko Koike", "Governor of Tokyo", "Japan", ["Koike"]),
  subnationalHead("Hirofumi Yoshimura", "Governor of Osaka", "Japan"),
  subnationalHead("Naomichi Suzuki", "Governor of Hokkaido", "Japan"),
  subnationalHead("Hideaki Omura", "Governor of Aichi", "Japan"),
  subnationalHead("Yuji Kuroiwa", "Governor of Kanagawa", "Japan"),
  // Heads of Russian regions who carry the title governor (Moscow city has a mayor instead).
  subnationalHead("Andrei Vorobyov", "Governor of Moscow Oblast", "Russia"),
  subnationalHead("Alexander Beglov", "Governor of Saint Petersburg", "Russia"),
  subnationalHead("Veniamin Kondratyev", "Governor of Krasnodar Krai", "Russia"),
  subnationalHead("Vyacheslav Gladkov", "Governor of Belgorod Oblast", "Russia"),
  // Bangkok's governor is its elected head; his predecessors are in notable-people.ts.
  subnationalHead("Chadchart Sittipunt", "Governor of Bangkok", "Thailand", [
    "Chatchart Sittipunt",
  ]),

  // Not Rand Paul: a second Kentucky senator would also fit "Kentucky Senator ____".
  usSenator("Mitch McConnell", "Kentucky"),
  usSenator("John Thune", "South Dakota"),
  usSenator("Chuck Schumer", "New York"),
  usSenator("Ted Cruz", "Texas"),
  usSenator("Bernie Sanders", "Vermont"),
  usSenator("Lindsey Graham", "South Carolina"),
];
