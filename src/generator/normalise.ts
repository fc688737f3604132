// Option text reduced to what makes two options "the same" (checks 5 and 7 of the quality notes):
// "President Lee Jae-myung's" and "lee jae myung" normalise alike.

// Titles that may stand before a name; longest first so "Lt Gen" goes before "Gen".
const TITLES = [
  "prime minister",
  "deputy prime minister",
  "chief minister",
  "union minister",
  "minister",
  "president",
  "vice president",
  "premier",
  "chancellor",
  "governor",
  "chief justice",
  "justice",
  "lt gen",
  "lieutenant general",
  "maj gen",
  "major general",
  "brig",
  "brigadier",
  "gen",
  "col",
  "colonel",
  "capt",
  "captain",
  "adm",
  "admiral",
  "air marshal",
  "air chief marshal",
  "field marshal",
  "marshal",
  "king",
  "queen",
  "prince",
  "princess",
  "crown prince",
  "sheikh",
  "dr",
  "mr",
  "mrs",
  "ms",
  "prof",
  "shri",
  "sri",
  "smt",
  "sir",
  "dame",
  "lord",
  "lady",
  "senator",
  "sen",
  "rep",
  "gov",
  "ambassador",
  "secretary",
  "chairman",
  "chairperson",
  "ceo",
].sort((a, b) => b.length - a.length);
const LEADING_TITLE = new RegExp(`^(?:(?:${TITLES.join("|")}) )+`);

/**
 * A pure function of its input called again and again on the same gazetteer names: results are
 * kept (up to a bound, then the table starts over), so the same name is normalised once.
 */
export const memoised = (fn: (text: string) => string, bound = 50_000) => {
  let table = new Map<string, string>();
  return (text: string): string => {
    const known = table.get(text);
    if (known !== undefined) return known;
    const value = fn(text);
    if (table.size >= bound) table = new Map();
    table.set(text, value);
    return value;
  };
};

const basic = memoised(
  (text: string): string =>
    text
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .replace(/['’]s\b/g, "")
      // "1,500" is one number, not "1" and "500"; "2.5" stays apart from "25".
      .replace(/(\d),(?=\d{3}\b)/g, "$1")
      .replace(/(\d)\.(?=\d)/g, "$1point")
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()
      .replace(/\b(\p{L}) (?=\p{L}\b)/gu, "$1"), // initials: "u s" -> "us", "a k singh" -> "ak singh"
);

export const normaliseOption = memoised((text: string): string => {
  const plain = basic(text).replace(/^the /, "");
  const untitled = plain.replace(LEADING_TITLE, "");
  // "Prime Minister" alone, "Secretary of State": the title is the whole option.
  return untitled === "" || untitled.startsWith("of ") ? plain : untitled;
});

/** Entity ids: "Lee Jae Myung" -> "lee-jae-myung". */
export const slug = (text: string): string => basic(text).replace(/ /g, "-");
