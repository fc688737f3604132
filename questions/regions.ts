import type { NamedRegion } from "./types";

// Named places that are neither countries, cities, Indian states nor water bodies: world regions,
// disputed or occupied territories, border areas, mountain ranges. Ladakh is a union territory and
// lives in indian-states.ts; Kashmir here is the wider historical region.
export const regions: readonly NamedRegion[] = [
  // Macro-regions
  { name: "Indo-Pacific", region: "Global", aliases: ["Indo Pacific"] },
  { name: "Asia-Pacific", region: "Global", aliases: ["Asia Pacific", "APAC"] },
  { name: "Global South", region: "Global" },
  { name: "Arctic", region: "Global", aliases: ["the Arctic", "Arctic region"] },
  { name: "Antarctica", region: "Global", aliases: ["Antarctic"] },
  { name: "Northeast Asia", region: "East Asia", aliases: ["North-East Asia"] },
  { name: "East Asia", region: "East Asia", aliases: ["Far East"] },
  { name: "Korean Peninsula", region: "East Asia" },
  { name: "South Asia", region: "South Asia", aliases: ["Indian subcontinent"] },
  {
    name: "Southeast Asia",
    region: "Southeast Asia",
    aliases: ["South-East Asia", "South East Asia"],
  },
  { name: "Central Asia", region: "Central Asia" },
  { name: "West Asia", region: "West Asia" },
  { name: "Middle East", region: "West Asia", aliases: ["the Middle East", "Mideast"] },
  { name: "Gulf", region: "West Asia", aliases: ["the Gulf", "Gulf region"] },
  { name: "Levant", region: "West Asia", aliases: ["the Levant"] },
  { name: "Caucasus", region: "West Asia", aliases: ["South Caucasus", "the Caucasus"] },
  { name: "Balkans", region: "Europe", aliases: ["the Balkans", "Western Balkans"] },
  { name: "Baltic states", region: "Europe", aliases: ["the Baltics", "Baltic countries"] },
  { name: "Scandinavia", region: "Europe", aliases: ["Nordic countries", "the Nordics"] },
  { name: "Eastern Europe", region: "Europe" },
  { name: "Western Europe", region: "Europe" },
  { name: "Central Europe", region: "Europe" },
  { name: "Siberia", region: "Europe" },
  { name: "Maghreb", region: "North Africa", aliases: ["the Maghreb"] },
  { name: "Sahel", region: "Sub-Saharan Africa", aliases: ["the Sahel"] },
  { name: "Horn of Africa", region: "Sub-Saharan Africa" },
  { name: "Sub-Saharan Africa", region: "Sub-Saharan Africa" },
  { name: "Latin America", region: "South America" },

  // South Asia: disputed areas, border points and mountains
  { name: "Kashmir", region: "South Asia", aliases: ["Kashmir Valley"] },
  {
    name: "Pakistan-occupied Kashmir",
    region: "South Asia",
    aliases: ["PoK", "Pakistan-administered Kashmir"],
  },
  { name: "Gilgit-Baltistan", region: "South Asia" },
  { name: "Aksai Chin", region: "South Asia" },
  { name: "Siachen Glacier", region: "South Asia", aliases: ["Siachen"] },
  { name: "Galwan Valley", region: "South Asia", aliases: ["Galwan"] },
  { name: "Doklam", region: "South Asia", aliases: ["Doklam plateau"] },
  { name: "Northeast India", region: "South Asia", aliases: ["North East India", "the Northeast"] },
  { name: "Himalayas", region: "South Asia", aliases: ["the Himalayas", "Himalaya"] },
  { name: "Hindu Kush", region: "South Asia" },
  { name: "Karakoram", region: "South Asia", aliases: ["Karakoram Range"] },
  { name: "Balochistan", region: "South Asia", aliases: ["Baluchistan"] },
  { name: "Khyber Pakhtunkhwa", region: "South Asia" },

  // East and Southeast Asia
  { name: "Tibet", region: "East Asia", aliases: ["Tibet Autonomous Region", "Xizang"] },
  { name: "Xinjiang", region: "East Asia", aliases: ["Xinjiang Uyghur Autonomous Region"] },
  { name: "Inner Mongolia", region: "East Asia" },
  { name: "Kuril Islands", region: "East Asia", aliases: ["Kurils", "Northern Territories"] },
  { name: "Senkaku Islands", region: "East Asia", aliases: ["Diaoyu Islands", "Senkakus"] },
  {
    name: "Korean Demilitarized Zone",
    region: "East Asia",
    aliases: ["DMZ", "Demilitarised Zone"],
  },
  { name: "Okinawa", region: "East Asia" },
  { name: "Spratly Islands", region: "Southeast Asia", aliases: ["Spratlys"] },
  { name: "Paracel Islands", region: "Southeast Asia", aliases: ["Paracels"] },
  { name: "Scarborough Shoal", region: "Southeast Asia" },
  { name: "Second Thomas Shoal", region: "Southeast Asia", aliases: ["Ayungin Shoal"] },
  { name: "Rakhine", region: "Southeast Asia", aliases: ["Rakhine State"] },

  // West Asia
  { name: "Gaza Strip", region: "West Asia", aliases: ["Gaza"] },
  { name: "West Bank", region: "West Asia", aliases: ["occupied West Bank"] },
  { name: "Golan Heights", region: "West Asia", aliases: ["Golan"] },
  { name: "Nagorno-Karabakh", region: "West Asia", aliases: ["Karabakh"] },
  { name: "Kurdistan", region: "West Asia", aliases: ["Kurdistan Region"] },
  { name: "Sinai Peninsula", region: "North Africa", aliases: ["Sinai"] },

  // Europe
  { name: "Donbas", region: "Europe", aliases: ["Donbass"] },
  { name: "Crimea", region: "Europe", aliases: ["Crimean Peninsula"] },
  { name: "Kaliningrad", region: "Europe" },
  { name: "Transnistria", region: "Europe" },
  { name: "Northern Ireland", region: "Europe" },
  { name: "Scotland", region: "Europe" },
  { name: "Wales", region: "Europe" },
  { name: "England", region: "Europe" },
  { name: "Greenland", region: "North America" },

  // Africa
  { name: "Darfur", region: "North Africa" },
  { name: "Western Sahara", region: "North Africa" },
  { name: "Tigray", region: "Sub-Saharan Africa" },
];
