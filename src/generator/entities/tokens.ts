// Splits a sentence into word and punctuation tokens with offsets, once, for every entity pass.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower case, dots dropped, curly apostrophes straightened, hyphens kept: "U.S." → "us". */
  key: string;
  /** Starts with a capital (or "al-"/"bin-" before one): can be part of a proper name. */
  capital: boolean;
  word: boolean;
  /** Followed by 's / ’s, which is not a token of its own. */
  possessive: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const CAPITAL = /^(?:\p{Lu}|(?:al|el|ad|as|bin|ibn)-\p{Lu})/u;
const POSSESSIVE = /['’]s$/u;

/** Words that keep a following dot as part of the token: initials and common abbreviations. */
const DOTTED = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "lt",
  "gen",
  "col",
  "maj",
  "brig",
  "capt",
  "adm",
  "sgt",
  "cdr",
  "cmdr",
  "rep",
  "sen",
  "gov",
  "jr",
  "sr",
  "st",
  "no",
  "rs",
  "co",
  "corp",
  "inc",
  "ltd",
]);

export const tokenKey = (text: string): string =>
  text.toLowerCase().replace(/\./g, "").replace(/’/g, "'");

const makeToken = (text: string, start: number, possessive: boolean): Token => {
  const word = /[\p{L}\p{N}]/u.test(text);
  return {
    text,
    start,
    end: start + text.length,
    key: tokenKey(text),
    capital: word && CAPITAL.test(text),
    word,
    possessive,
  };
};

export const tokenize = (text: string): Token[] => {
  const tokens: Token[] = [];
  const pattern = new RegExp(TOKEN.source, TOKEN.flags);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    let raw = match[0];
    const start = match.index;
    const possessive = POSSESSIVE.test(raw) && raw.length > 2;
    if (possessive) raw = raw.slice(0, -2);
    const next = text[start + raw.length];
    const isInitial = raw.length === 1 && /\p{Lu}/u.test(raw);
    if (!possessive && next === "." && (isInitial || DOTTED.has(raw.toLowerCase()))) {
      tokens.push(makeToken(`${raw}.`, start, false));
      pattern.lastIndex = start + raw.length + 1;
      continue;
    }
    tokens.push(makeToken(raw, start, possessive));
  }
  return tokens;
};

/** The key a token contributes as the first of a longer span ("people's" in "People's Republic"). */
export const leadKey = (token: Token): string => (token.possessive ? `${token.key}'s` : token.key);

/** Most tokens a span starting at `token` can have, per a table of key starts; 0 when none. */
export const longestFrom = (token: Token, starts: ReadonlyMap<string, number>): number => {
  const alone = starts.has(token.key) ? 1 : 0;
  return Math.max(alone, starts.get(token.possessive ? leadKey(token) : token.key) ?? 0);
};

/** Keys of tokens from..to (exclusive) joined by spaces: the lookup key of an n-gram. */
export const spanKey = (tokens: readonly Token[], from: number, to: number): string => {
  let key = "";
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (!token) break;
    // A possessive inside a span stays in the key: "People's Republic of China".
    const part = token.possessive && i < to - 1 ? `${token.key}'s` : token.key;
    key = i === from ? part : `${key} ${part}`;
  }
  return key;
};

/** Normalised key of a name as written anywhere: tokenised the same way as sentences. */
export const nameKey = (name: string): string => {
  const tokens = tokenize(name);
  return spanKey(tokens, 0, tokens.length);
};
