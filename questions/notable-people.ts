import type { NotablePerson, PersonRole } from "./types";

// People an aspirant is expected to know by field rather than by office, grouped so that the
// options of a question share the field (a javelin thrower for a javelin thrower). Every list
// keeps at least four people of a field and country. Curated with check 7 in mind: no entry
// here may also fit the narrow stems the rules ask (no second double-Olympic-medallist Indian
// javelin thrower, no second climber of all fourteen 8,000-metre peaks in 2019). Same asOf
// convention as office-holders.ts.
const mid2025 = "2025-06-30";

const person =
  (field: string, role: PersonRole, group?: string) =>
  (
    name: string,
    country: string,
    extra: Partial<Pick<NotablePerson, "aliases" | "post" | "pastPosts" | "honours" | "asOf">> = {},
  ): NotablePerson => ({
    name,
    field,
    ...(group ? { group } : {}),
    role,
    country,
    asOf: mid2025,
    ...extra,
  });

const indiaCaptain = (from: number, to: number) => ({
  post: "captain of the India men's cricket team",
  from,
  to,
});
const womensCricketer = person("cricketer", "sportsperson", "women's cricket");
const mensCricketer = person("cricketer", "sportsperson", "men's cricket");
const cricketCoach = person("cricket coach", "sportsperson");
const hockeyPlayer = person("hockey player", "sportsperson");
const javelinThrower = person("javelin thrower", "sportsperson");
const mountaineer = person("mountaineer", "sportsperson");
const politician = person("politician", "politician");
const armyGeneral = person("army general", "military-officer");
const sportsAdministrator = person("sports administrator", "official");
const writer = person("writer", "writer");
const formerLeader = (name: string, country: string, posts: [string, number, number][]) =>
  person("former head of government", "politician")(name, country, {
    pastPosts: posts.map(([post, from, to]) => ({ post, from, to })),
  });

const formerGovernor = (name: string, country: string, posts: [string, number, number][]) =>
  person("former governor", "politician")(name, country, {
    pastPosts: posts.map(([post, from, to]) => ({ post, from, to })),
  });

const formerFbiDirector = (name: string, posts: [string, number, number][]) =>
  person("former FBI director", "official")(name, "United States", {
    pastPosts: posts.map(([post, from, to]) => ({ post, from, to })),
  });

export const notablePeople: readonly NotablePerson[] = [
  womensCricketer("Harmanpreet Kaur", "India", {
    post: "captain of the India women's cricket team",
    asOf: "2025-11-04",
  }),
  womensCricketer("Jemimah Rodrigues", "India"),
  womensCricketer("Deepti Sharma", "India"),
  womensCricketer("Shafali Verma", "India"),
  womensCricketer("Richa Ghosh", "India"),
  womensCricketer("Mithali Raj", "India"),
  womensCricketer("Jhulan Goswami", "India"),
  womensCricketer("Laura Wolvaardt", "South Africa", {
    post: "captain of the South Africa women's cricket team",
    asOf: "2025-11-04",
  }),
  womensCricketer("Marizanne Kapp", "South Africa"),
  womensCricketer("Alyssa Healy", "Australia", {
    post: "captain of the Australia women's cricket team",
  }),
  womensCricketer("Ellyse Perry", "Australia"),
  womensCricketer("Nat Sciver-Brunt", "United Kingdom", {
    post: "captain of the England women's cricket team",
  }),
  womensCricketer("Chamari Athapaththu", "Sri Lanka", {
    post: "captain of the Sri Lanka women's cricket team",
  }),

  // Test captaincies by year (hand-over years shared). Not Sunil Gavaskar: he and Kapil Dev
  // both led India in 1983.
  mensCricketer("Kapil Dev", "India", {
    pastPosts: [indiaCaptain(1983, 1984), indiaCaptain(1985, 1987)],
  }),
  mensCricketer("Dilip Vengsarkar", "India", { pastPosts: [indiaCaptain(1987, 1989)] }),
  mensCricketer("Kris Srikkanth", "India", { pastPosts: [indiaCaptain(1989, 1989)] }),
  mensCricketer("Mohammad Azharuddin", "India", {
    pastPosts: [indiaCaptain(1990, 1996), indiaCaptain(1998, 1999)],
  }),
  mensCricketer("Sourav Ganguly", "India", { pastPosts: [indiaCaptain(2000, 2005)] }),
  mensCricketer("Rahul Dravid", "India", { pastPosts: [indiaCaptain(2005, 2007)] }),
  mensCricketer("MS Dhoni", "India", {
    aliases: ["M. S. Dhoni", "Mahendra Singh Dhoni"],
    pastPosts: [indiaCaptain(2008, 2014)],
  }),
  mensCricketer("Virat Kohli", "India", { pastPosts: [indiaCaptain(2014, 2022)] }),
  mensCricketer("Sachin Tendulkar", "India"),
  mensCricketer("Sunil Gavaskar", "India"),
  mensCricketer("Rohit Sharma", "India"),
  mensCricketer("Jasprit Bumrah", "India"),

  cricketCoach("Amol Muzumdar", "India", {
    post: "head coach of the India women's cricket team",
    asOf: "2025-11-04",
  }),
  cricketCoach("Gautam Gambhir", "India", { post: "head coach of the India men's cricket team" }),
  cricketCoach("Charlotte Edwards", "United Kingdom", {
    post: "head coach of the England women's cricket team",
  }),
  cricketCoach("Shelley Nitschke", "Australia", {
    post: "head coach of the Australia women's cricket team",
  }),

  hockeyPlayer("Harmanpreet Singh", "India", { post: "captain of the India men's hockey team" }),
  hockeyPlayer("Manpreet Singh", "India"),
  hockeyPlayer("Hardik Singh", "India"),
  hockeyPlayer("Mandeep Singh", "India"),
  hockeyPlayer("P. R. Sreejesh", "India", { aliases: ["PR Sreejesh"] }),

  // Only Neeraj Chopra among the Indians here has two Olympic medals (2020 gold, 2024 silver).
  javelinThrower("Neeraj Chopra", "India", {
    asOf: "2025-12-01",
    // Gold at Tokyo 2020, silver at Paris 2024; world champion in Budapest in 2023.
    honours: [
      "double Olympic medallist",
      "Olympic champion",
      "Olympic gold medallist",
      "world champion",
    ],
  }),
  javelinThrower("Kishore Jena", "India"),
  javelinThrower("Sachin Yadav", "India"),
  javelinThrower("Rohit Yadav", "India"),
  javelinThrower("Shivpal Singh", "India"),
  javelinThrower("Arshad Nadeem", "Pakistan"),
  javelinThrower("Julian Weber", "Germany"),

  // No one else here climbed all fourteen 8,000-metre peaks in one season.
  mountaineer("Nirmal Purja", "Nepal", { aliases: ["Nims Purja", "Nimsdai Purja"] }),
  mountaineer("Kami Rita Sherpa", "Nepal"),
  mountaineer("Reinhold Messner", "Italy"),
  mountaineer("Edmund Hillary", "New Zealand"),
  mountaineer("Bachendri Pal", "India"),
  mountaineer("Arunima Sinha", "India"),
  mountaineer("Junko Tabei", "Japan"),

  // Prime ministers of Japan with their terms, for "Who was the Prime Minister of Japan in 2005?".
  formerLeader("Junichiro Koizumi", "Japan", [["Prime Minister of Japan", 2001, 2006]]),
  formerLeader("Shinzo Abe", "Japan", [
    ["Prime Minister of Japan", 2006, 2007],
    ["Prime Minister of Japan", 2012, 2020],
  ]),
  formerLeader("Yoshihide Suga", "Japan", [["Prime Minister of Japan", 2020, 2021]]),
  formerLeader("Fumio Kishida", "Japan", [["Prime Minister of Japan", 2021, 2024]]),
  formerLeader("Shigeru Ishiba", "Japan", [["Prime Minister of Japan", 2024, 2025]]),

  // Governors of Bangkok before Chadchart Sittipunt (in office since June 2022).
  formerGovernor("Aswin Kwanmuang", "Thailand", [["Governor of Bangkok", 2016, 2022]]),
  formerGovernor("Sukhumbhand Paribatra", "Thailand", [["Governor of Bangkok", 2009, 2016]]),
  formerGovernor("Apirak Kosayothin", "Thailand", [["Governor of Bangkok", 2004, 2008]]),
  formerGovernor("Samak Sundaravej", "Thailand", [["Governor of Bangkok", 2000, 2004]]),

  // FBI directors before Kash Patel (in office since February 2025).
  formerFbiDirector("Christopher Wray", [["Director of the FBI", 2017, 2025]]),
  formerFbiDirector("James Comey", [["Director of the FBI", 2013, 2017]]),
  formerFbiDirector("Robert Mueller", [["Director of the FBI", 2001, 2013]]),
  formerFbiDirector("Louis Freeh", [["Director of the FBI", 1993, 2001]]),

  politician("Imran Khan", "Pakistan"),
  politician("Nawaz Sharif", "Pakistan"),
  politician("Bilawal Bhutto Zardari", "Pakistan"),
  politician("Maryam Nawaz", "Pakistan"),

  // Field Marshal Ayub Khan was Pakistan's only five-star general before 2025.
  armyGeneral("Ayub Khan", "Pakistan", { aliases: ["Muhammad Ayub Khan"] }),
  armyGeneral("Yahya Khan", "Pakistan"),
  armyGeneral("Zia-ul-Haq", "Pakistan", { aliases: ["Muhammad Zia-ul-Haq"] }),
  armyGeneral("Pervez Musharraf", "Pakistan"),
  armyGeneral("Qamar Javed Bajwa", "Pakistan"),
  armyGeneral("Sahir Shamshad Mirza", "Pakistan"),

  sportsAdministrator("Narinder Batra", "India", {
    pastPosts: [{ post: "president of the Indian Olympic Association", from: 2017, to: 2022 }],
  }),
  sportsAdministrator("P. T. Usha", "India", {
    aliases: ["PT Usha", "P.T. Usha"],
    post: "president of the Indian Olympic Association",
    pastPosts: [{ post: "president of the Indian Olympic Association", from: 2022, to: 2025 }],
  }),
  sportsAdministrator("N. Ramachandran", "India", {
    pastPosts: [{ post: "president of the Indian Olympic Association", from: 2014, to: 2017 }],
  }),
  sportsAdministrator("Suresh Kalmadi", "India", {
    pastPosts: [{ post: "president of the Indian Olympic Association", from: 1996, to: 2011 }],
  }),
  // Writers of modern Chinese literature (20th century and Nobel laureate Mo Yan); Lu Xun alone
  // is called its father.
  writer("Lu Xun", "China"),
  writer("Lao She", "China"),
  writer("Ba Jin", "China"),
  writer("Mao Dun", "China"),
  writer("Shen Congwen", "China"),
  writer("Mo Yan", "China"),
];
