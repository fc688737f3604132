// A small, hand-made world for entity tests: each test states the knowledge it relies on.
import type { Knowledge } from "../../../questions/types";
import type { Sentence } from "../../../src/generator/types";

export const world: Knowledge = {
  countries: [
    {
      name: "South Korea",
      aliases: ["Republic of Korea", "ROK"],
      demonyms: ["South Korean"],
      capital: "Seoul",
      region: "East Asia",
      iso2: "KR",
    },
    {
      name: "China",
      aliases: ["People's Republic of China"],
      demonyms: ["Chinese"],
      capital: "Beijing",
      region: "East Asia",
      iso2: "CN",
    },
    {
      name: "Japan",
      aliases: [],
      demonyms: ["Japanese"],
      capital: "Tokyo",
      region: "East Asia",
      iso2: "JP",
    },
    {
      name: "United States",
      aliases: ["US", "U.S.", "America"],
      demonyms: ["American"],
      capital: "Washington, D.C.",
      region: "North America",
      iso2: "US",
    },
    {
      name: "India",
      aliases: ["Bharat"],
      demonyms: ["Indian"],
      capital: "New Delhi",
      region: "South Asia",
      iso2: "IN",
    },
    {
      name: "Nepal",
      aliases: [],
      demonyms: ["Nepali", "Nepalese"],
      capital: "Kathmandu",
      region: "South Asia",
      iso2: "NP",
    },
    {
      name: "Pakistan",
      aliases: [],
      demonyms: ["Pakistani"],
      capital: "Islamabad",
      region: "South Asia",
      iso2: "PK",
    },
  ],
  cities: [
    { name: "Seoul", country: "South Korea" },
    { name: "Puducherry", country: "India", state: "Puducherry" },
    { name: "Shanghai", country: "China" },
    { name: "Mumbai", country: "India", state: "Maharashtra", aliases: ["Bombay"] },
    { name: "Washington, D.C.", country: "United States", aliases: ["Washington"] },
  ],
  waterBodies: [
    { name: "Sea of Japan", type: "sea", region: "East Asia", aliases: ["East Sea"] },
    { name: "Bay of Bengal", type: "bay", region: "South Asia" },
    { name: "Strait of Hormuz", type: "strait", region: "West Asia" },
    { name: "Indus", type: "river", region: "South Asia" },
  ],
  indianStates: [
    { name: "Kerala", type: "state", capital: "Thiruvananthapuram" },
    { name: "Puducherry", type: "union-territory", capital: "Puducherry" },
  ],
  regions: [{ name: "Northeast Asia", region: "East Asia" }],
  companies: [
    {
      name: "Samsung Electronics",
      aliases: ["Samsung"],
      sector: "electronics",
      country: "South Korea",
    },
    {
      name: "Hyundai Motor Group",
      aliases: ["Hyundai"],
      sector: "automobiles",
      country: "South Korea",
    },
    { name: "Tata Sons", aliases: ["Tata"], sector: "conglomerate", country: "India" },
    // A deliberately colliding alias: "US" must still be the country.
    {
      name: "United States Steel",
      aliases: ["U.S. Steel", "US"],
      sector: "steel",
      country: "United States",
    },
    { name: "Indus Motors", aliases: ["Indus"], sector: "automobiles", country: "Pakistan" },
  ],
  organisations: [
    {
      name: "Reserve Bank of India",
      acronym: "RBI",
      aliases: [],
      type: "indian-government",
      country: "India",
    },
    {
      name: "Shanghai Cooperation Organisation",
      acronym: "SCO",
      aliases: [],
      type: "regional-bloc",
    },
  ],
  officeHolders: [
    {
      name: "Anil Verma",
      aliases: ["Verma"],
      office: "Prime Minister of India",
      role: "head-of-government",
      country: "India",
      asOf: "2026-01-01",
    },
  ],
  titles: [
    { title: "President", role: "head-of-state" },
    { title: "Premier", role: "head-of-government" },
    { title: "Prime Minister", role: "head-of-government", aliases: ["PM"] },
    { title: "Lieutenant General", role: "military-officer", aliases: ["Lt Gen"] },
    { title: "Chief of Defence Staff", role: "military-officer", aliases: ["CDS"] },
  ],
};

/** Sentences of one paragraph each, indexed from 0. */
export const sentencesOf = (...texts: string[]): Sentence[] =>
  texts.map((text, index) => ({ index, paragraph: index, text }));
