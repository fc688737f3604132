import type { WaterBody } from "./types";

// Oceans, seas, straits, gulfs, bays, channels and canals, then major rivers and lakes, grouped by
// the region whose news names them. A sea that borders two regions sits where its news is: the
// South China Sea with Southeast Asia, the Andaman Sea with South Asia, the Red Sea with West Asia.
export const waterBodies: readonly WaterBody[] = [
  // Global: the five oceans
  { name: "Pacific Ocean", type: "ocean", region: "Global", aliases: ["Pacific", "the Pacific"] },
  {
    name: "Atlantic Ocean",
    type: "ocean",
    region: "Global",
    aliases: ["Atlantic", "the Atlantic"],
  },
  { name: "Indian Ocean", type: "ocean", region: "Global" },
  { name: "Arctic Ocean", type: "ocean", region: "Global" },
  { name: "Southern Ocean", type: "ocean", region: "Global", aliases: ["Antarctic Ocean"] },

  // East Asia
  { name: "Sea of Japan", type: "sea", region: "East Asia", aliases: ["East Sea"] },
  { name: "Yellow Sea", type: "sea", region: "East Asia", aliases: ["West Sea"] },
  { name: "East China Sea", type: "sea", region: "East Asia" },
  { name: "Philippine Sea", type: "sea", region: "East Asia" },
  { name: "Bohai Sea", type: "sea", region: "East Asia", aliases: ["Bohai Gulf"] },
  { name: "Sea of Okhotsk", type: "sea", region: "East Asia" },
  { name: "Taiwan Strait", type: "strait", region: "East Asia", aliases: ["Formosa Strait"] },
  { name: "Korea Strait", type: "strait", region: "East Asia", aliases: ["Tsushima Strait"] },

  // Southeast Asia
  {
    name: "South China Sea",
    type: "sea",
    region: "Southeast Asia",
    aliases: ["West Philippine Sea"],
  },
  { name: "Java Sea", type: "sea", region: "Southeast Asia" },
  { name: "Celebes Sea", type: "sea", region: "Southeast Asia", aliases: ["Sulawesi Sea"] },
  { name: "Sulu Sea", type: "sea", region: "Southeast Asia" },
  {
    name: "Strait of Malacca",
    type: "strait",
    region: "Southeast Asia",
    aliases: ["Malacca Strait", "Straits of Malacca"],
  },
  {
    name: "Singapore Strait",
    type: "strait",
    region: "Southeast Asia",
    aliases: ["Strait of Singapore"],
  },
  { name: "Sunda Strait", type: "strait", region: "Southeast Asia" },
  { name: "Lombok Strait", type: "strait", region: "Southeast Asia" },
  { name: "Gulf of Thailand", type: "gulf", region: "Southeast Asia", aliases: ["Gulf of Siam"] },
  { name: "Gulf of Tonkin", type: "gulf", region: "Southeast Asia" },

  // South Asia
  { name: "Bay of Bengal", type: "bay", region: "South Asia" },
  { name: "Arabian Sea", type: "sea", region: "South Asia" },
  { name: "Andaman Sea", type: "sea", region: "South Asia" },
  { name: "Laccadive Sea", type: "sea", region: "South Asia", aliases: ["Lakshadweep Sea"] },
  { name: "Palk Strait", type: "strait", region: "South Asia" },
  { name: "Gulf of Mannar", type: "gulf", region: "South Asia" },
  { name: "Gulf of Khambhat", type: "gulf", region: "South Asia", aliases: ["Gulf of Cambay"] },
  { name: "Gulf of Kutch", type: "gulf", region: "South Asia", aliases: ["Gulf of Kachchh"] },
  { name: "Ten Degree Channel", type: "channel", region: "South Asia" },
  { name: "Nine Degree Channel", type: "channel", region: "South Asia" },

  // West Asia
  { name: "Persian Gulf", type: "gulf", region: "West Asia", aliases: ["Arabian Gulf"] },
  { name: "Gulf of Oman", type: "gulf", region: "West Asia" },
  { name: "Strait of Hormuz", type: "strait", region: "West Asia", aliases: ["Hormuz Strait"] },
  { name: "Red Sea", type: "sea", region: "West Asia" },
  { name: "Gulf of Aden", type: "gulf", region: "West Asia" },
  {
    name: "Bab-el-Mandeb",
    type: "strait",
    region: "West Asia",
    aliases: ["Bab el-Mandeb", "Bab al-Mandab", "Bab-el-Mandeb Strait"],
  },
  { name: "Gulf of Aqaba", type: "gulf", region: "West Asia" },
  { name: "Caspian Sea", type: "sea", region: "West Asia", aliases: ["Caspian"] },

  // North Africa
  { name: "Suez Canal", type: "canal", region: "North Africa" },
  { name: "Gulf of Suez", type: "gulf", region: "North Africa" },
  { name: "Gulf of Sidra", type: "gulf", region: "North Africa", aliases: ["Gulf of Sirte"] },
  { name: "Gulf of Gabès", type: "gulf", region: "North Africa", aliases: ["Gulf of Gabes"] },

  // Sub-Saharan Africa
  { name: "Gulf of Guinea", type: "gulf", region: "Sub-Saharan Africa" },
  { name: "Mozambique Channel", type: "channel", region: "Sub-Saharan Africa" },
  { name: "Bight of Benin", type: "bay", region: "Sub-Saharan Africa" },
  {
    name: "Bight of Bonny",
    type: "bay",
    region: "Sub-Saharan Africa",
    aliases: ["Bight of Biafra"],
  },

  // Europe
  {
    name: "Mediterranean Sea",
    type: "sea",
    region: "Europe",
    aliases: ["Mediterranean", "the Mediterranean"],
  },
  { name: "Black Sea", type: "sea", region: "Europe" },
  { name: "Sea of Azov", type: "sea", region: "Europe", aliases: ["Azov Sea"] },
  { name: "Baltic Sea", type: "sea", region: "Europe", aliases: ["Baltic"] },
  { name: "North Sea", type: "sea", region: "Europe" },
  { name: "Norwegian Sea", type: "sea", region: "Europe" },
  { name: "Barents Sea", type: "sea", region: "Europe" },
  { name: "Adriatic Sea", type: "sea", region: "Europe", aliases: ["Adriatic"] },
  { name: "Aegean Sea", type: "sea", region: "Europe", aliases: ["Aegean"] },
  { name: "Ionian Sea", type: "sea", region: "Europe" },
  { name: "Tyrrhenian Sea", type: "sea", region: "Europe" },
  { name: "Irish Sea", type: "sea", region: "Europe" },
  { name: "Sea of Marmara", type: "sea", region: "Europe", aliases: ["Marmara Sea"] },
  { name: "English Channel", type: "channel", region: "Europe", aliases: ["the Channel"] },
  { name: "Bosphorus", type: "strait", region: "Europe", aliases: ["Bosporus", "Istanbul Strait"] },
  { name: "Dardanelles", type: "strait", region: "Europe" },
  { name: "Strait of Gibraltar", type: "strait", region: "Europe" },
  { name: "Kerch Strait", type: "strait", region: "Europe" },
  { name: "Strait of Dover", type: "strait", region: "Europe", aliases: ["Dover Strait"] },
  { name: "Bay of Biscay", type: "bay", region: "Europe" },
  { name: "Gulf of Finland", type: "gulf", region: "Europe" },
  { name: "Gulf of Bothnia", type: "gulf", region: "Europe" },

  // North America
  { name: "Gulf of Mexico", type: "gulf", region: "North America", aliases: ["Gulf of America"] },
  { name: "Gulf of Alaska", type: "gulf", region: "North America" },
  { name: "Hudson Bay", type: "bay", region: "North America" },
  { name: "Bering Sea", type: "sea", region: "North America" },
  { name: "Bering Strait", type: "strait", region: "North America" },
  { name: "Beaufort Sea", type: "sea", region: "North America" },
  { name: "Chesapeake Bay", type: "bay", region: "North America" },

  // Central America & Caribbean
  {
    name: "Caribbean Sea",
    type: "sea",
    region: "Central America & Caribbean",
    aliases: ["the Caribbean"],
  },
  { name: "Panama Canal", type: "canal", region: "Central America & Caribbean" },
  {
    name: "Straits of Florida",
    type: "strait",
    region: "Central America & Caribbean",
    aliases: ["Florida Strait"],
  },
  {
    name: "Yucatán Channel",
    type: "channel",
    region: "Central America & Caribbean",
    aliases: ["Yucatan Channel"],
  },
  { name: "Windward Passage", type: "strait", region: "Central America & Caribbean" },

  // South America
  { name: "Drake Passage", type: "strait", region: "South America" },
  { name: "Strait of Magellan", type: "strait", region: "South America" },
  { name: "Argentine Sea", type: "sea", region: "South America" },

  // Oceania
  { name: "Tasman Sea", type: "sea", region: "Oceania" },
  { name: "Coral Sea", type: "sea", region: "Oceania" },
  { name: "Timor Sea", type: "sea", region: "Oceania" },
  { name: "Arafura Sea", type: "sea", region: "Oceania" },
  { name: "Solomon Sea", type: "sea", region: "Oceania" },
  { name: "Bass Strait", type: "strait", region: "Oceania" },
  { name: "Torres Strait", type: "strait", region: "Oceania" },
  { name: "Great Australian Bight", type: "bay", region: "Oceania" },

  // Rivers and lakes: South Asia
  { name: "Ganga", type: "river", region: "South Asia", aliases: ["Ganges", "River Ganga"] },
  { name: "Yamuna", type: "river", region: "South Asia", aliases: ["River Yamuna"] },
  { name: "Brahmaputra", type: "river", region: "South Asia", aliases: ["Yarlung Tsangpo"] },
  { name: "Indus", type: "river", region: "South Asia", aliases: ["Indus River"] },
  { name: "Godavari", type: "river", region: "South Asia" },
  { name: "Krishna", type: "river", region: "South Asia" },
  { name: "Kaveri", type: "river", region: "South Asia", aliases: ["Cauvery"] },
  { name: "Narmada", type: "river", region: "South Asia" },
  { name: "Mahanadi", type: "river", region: "South Asia" },
  { name: "Sutlej", type: "river", region: "South Asia", aliases: ["Satluj"] },
  { name: "Chenab", type: "river", region: "South Asia" },
  { name: "Jhelum", type: "river", region: "South Asia" },
  { name: "Ravi", type: "river", region: "South Asia" },
  { name: "Beas", type: "river", region: "South Asia" },
  { name: "Teesta", type: "river", region: "South Asia", aliases: ["Tista"] },
  { name: "Chilika Lake", type: "lake", region: "South Asia", aliases: ["Chilka Lake"] },
  { name: "Wular Lake", type: "lake", region: "South Asia" },
  { name: "Dal Lake", type: "lake", region: "South Asia" },
  { name: "Loktak Lake", type: "lake", region: "South Asia" },
  { name: "Pangong Tso", type: "lake", region: "South Asia", aliases: ["Pangong Lake"] },
  { name: "Sambhar Lake", type: "lake", region: "South Asia" },
  { name: "Vembanad Lake", type: "lake", region: "South Asia" },

  // Rivers and lakes: East and Southeast Asia
  {
    name: "Yangtze",
    type: "river",
    region: "East Asia",
    aliases: ["Yangtze River", "Chang Jiang"],
  },
  { name: "Yellow River", type: "river", region: "East Asia", aliases: ["Huang He"] },
  { name: "Amur", type: "river", region: "East Asia", aliases: ["Amur River"] },
  { name: "Yalu River", type: "river", region: "East Asia", aliases: ["Yalu"] },
  { name: "Han River", type: "river", region: "East Asia" },
  { name: "Mekong", type: "river", region: "Southeast Asia", aliases: ["Mekong River"] },
  { name: "Irrawaddy", type: "river", region: "Southeast Asia", aliases: ["Ayeyarwady"] },
  { name: "Chao Phraya", type: "river", region: "Southeast Asia" },
  { name: "Tonle Sap", type: "lake", region: "Southeast Asia" },

  // Rivers and lakes: West and Central Asia
  { name: "Tigris", type: "river", region: "West Asia" },
  { name: "Euphrates", type: "river", region: "West Asia" },
  { name: "Jordan River", type: "river", region: "West Asia" },
  { name: "Dead Sea", type: "lake", region: "West Asia" },
  { name: "Sea of Galilee", type: "lake", region: "West Asia", aliases: ["Lake Tiberias"] },
  { name: "Aral Sea", type: "lake", region: "Central Asia" },
  { name: "Amu Darya", type: "river", region: "Central Asia", aliases: ["Oxus"] },
  { name: "Syr Darya", type: "river", region: "Central Asia" },
  { name: "Lake Balkhash", type: "lake", region: "Central Asia" },
  { name: "Issyk-Kul", type: "lake", region: "Central Asia", aliases: ["Lake Issyk-Kul"] },

  // Rivers and lakes: Europe (Russia included)
  { name: "Danube", type: "river", region: "Europe" },
  { name: "Rhine", type: "river", region: "Europe" },
  { name: "Thames", type: "river", region: "Europe", aliases: ["River Thames"] },
  { name: "Volga", type: "river", region: "Europe" },
  { name: "Dnipro", type: "river", region: "Europe", aliases: ["Dnieper"] },
  { name: "Seine", type: "river", region: "Europe" },
  { name: "Lake Baikal", type: "lake", region: "Europe", aliases: ["Baikal"] },
  { name: "Lake Geneva", type: "lake", region: "Europe", aliases: ["Lac Léman"] },

  // Rivers and lakes: Africa
  { name: "Nile", type: "river", region: "North Africa", aliases: ["River Nile", "Nile River"] },
  { name: "Lake Nasser", type: "lake", region: "North Africa" },
  { name: "Congo River", type: "river", region: "Sub-Saharan Africa" },
  { name: "Niger River", type: "river", region: "Sub-Saharan Africa" },
  { name: "Zambezi", type: "river", region: "Sub-Saharan Africa" },
  { name: "Lake Victoria", type: "lake", region: "Sub-Saharan Africa" },
  { name: "Lake Tanganyika", type: "lake", region: "Sub-Saharan Africa" },
  { name: "Lake Chad", type: "lake", region: "Sub-Saharan Africa" },

  // Rivers and lakes: the Americas
  { name: "Mississippi River", type: "river", region: "North America", aliases: ["Mississippi"] },
  { name: "Colorado River", type: "river", region: "North America" },
  { name: "Lake Superior", type: "lake", region: "North America" },
  { name: "Lake Michigan", type: "lake", region: "North America" },
  { name: "Amazon", type: "river", region: "South America", aliases: ["Amazon River"] },
  { name: "Orinoco", type: "river", region: "South America" },
  { name: "Paraná River", type: "river", region: "South America", aliases: ["Parana River"] },
  { name: "Lake Titicaca", type: "lake", region: "South America" },
];
