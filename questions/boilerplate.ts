// Paragraphs that are not article content. Each pattern is tested against a whole trimmed
// paragraph; generic patterns first, then site-specific ones (id prefixed with the site).
import type { BoilerplatePattern } from "./types";

// Capitalised words joined by commas, "&" or "and": a list of names.
const NAMES = "[A-Z][\\w.'’-]*(?:(?:\\s*[,&]\\s*|\\s+and\\s+|\\s+)[A-Z][\\w.'’-]*){0,11}";

const SHARE_WORD =
  "(?:share(?: this(?: article| story| page)?)?|copy link|facebook|x \\(twitter\\)|twitter|x|whatsapp|linkedin|email|e-mail|print|telegram|reddit|pinterest|comments?)";

export const BOILERPLATE_PATTERNS: readonly BoilerplatePattern[] = [
  {
    id: "byline",
    pattern: new RegExp(
      `^(?:By|BY|Written by|Reported by|Edited by|Posted by|Compiled by|With inputs from|Additional reporting by)\\s+${NAMES}(?:\\s*[|,–—-]\\s*(?:(?:Edited|Reported|Written|Updated) by\\s+${NAMES}|(?:Updated|Published|Posted|Last updated)\\s*:?\\s*[\\w ,:]{0,60}|[A-Z][\\w ]{0,40}))?\\.?$`,
    ),
    reason: "byline",
  },
  {
    id: "timestamp",
    pattern:
      /^(?:updated|published|last updated|first published|posted)\s*(?:on|at)?\s*[:-]?\s*[^.!?]{0,60}(?:\d{4}|IST|GMT|UTC|[ap]\.?m\.?)[^.!?]{0,20}$/i,
    reason: "timestamp",
  },
  {
    id: "caption-label",
    pattern:
      /^(?:image caption|image source|caption|photo|photograph|picture|file photo|video caption|media caption|credit|image)\s*[:,-]/i,
    reason: "caption",
  },
  {
    id: "caption-credited",
    pattern: /^.{0,200}\((?:file photo|photo|image|picture|representational)[^)]{0,60}\)$/i,
    reason: "caption",
  },
  {
    id: "caption-parenthesised",
    pattern: /^\((?:photo|image|file photo|representational)[^)]*\)$/i,
    reason: "caption",
  },
  {
    id: "caption-agency",
    pattern:
      /^.{0,160}\b(?:Getty Images|AFP via Getty Images|EPA-EFE|Shutterstock|AP Photo)(?:\/[\w ]{1,30})?\)?$/,
    reason: "caption",
  },
  {
    id: "share-bar",
    pattern: new RegExp(`^${SHARE_WORD}(?:\\s*[|•·,/:]?\\s*${SHARE_WORD})*\\s*$`, "i"),
    reason: "share-bar",
  },
  {
    id: "also-read",
    pattern:
      /^(?:also read|read more|read also|also see|see also|related|recommended|must read|suggested reading|watch)\s*(?:[:|–—-]|$)/i,
    reason: "also-read",
  },
  { id: "read-more-shout", pattern: /^READ MORE\b/, reason: "also-read" },
  {
    id: "newsletter",
    pattern:
      /^(?:subscribe|sign up|get (?:our|the) [^.]{0,40}newsletter|join our|follow us|download (?:the|our) app|click here)\b.{0,200}$/i,
    reason: "newsletter",
  },
  {
    id: "advertisement",
    pattern: /^(?:advertisement|sponsored|story continues below(?: this ad)?)$/i,
    reason: "advert",
  },
  {
    id: "author-note",
    pattern:
      /^\(?(?:The (?:writer|author|columnist)s? (?:is|are|was|were) (?:a|an|the|former|senior|associate|assistant|professor|director|chief|editor)\b.{0,300}|About the author\b.{0,300})\)?$/,
    reason: "footer:author",
  },
  {
    id: "disclaimer",
    pattern:
      /^(?:Disclaimer\s*:.{0,400}|(?:The )?views expressed (?:here |in this article )?are (?:personal|(?:the )?(?:author|writer)['’]s own)\.?)$/i,
    reason: "footer:disclaimer",
  },
  {
    id: "agency-credit",
    pattern:
      /^[([—–-]?\s*(?:With inputs from\s+)?(?:PTI|ANI|IANS|UNI|Reuters|AFP|AP)(?:\s*(?:,|and|&)\s*(?:PTI|ANI|IANS|UNI|Reuters|AFP|AP))*\s*[)\]]?\.?$/,
    reason: "byline",
  },
  {
    id: "inputs-from",
    pattern: /^\((?:With inputs from|Inputs from)\b[^)]{0,80}\)\.?$/i,
    reason: "byline",
  },
  { id: "tags", pattern: /^(?:Tags?|Topics?|Filed under)\s*:.{0,200}$/i, reason: "tags" },
  { id: "read-time", pattern: /^\d{1,2}\s*min(?:ute)?s?\s+read$/i, reason: "timestamp" },
  {
    id: "listen",
    pattern: /^(?:Listen to (?:this|the) (?:article|story)|Play audio)\b.{0,40}$/i,
    reason: "share-bar",
  },
  {
    id: "follow-prompt",
    pattern:
      /^For (?:more|the latest)\b.{0,100}\b(?:follow|download|subscribe|visit|click|join)\b.{0,100}$/i,
    reason: "newsletter",
  },
  { id: "ssbcrack:picture", pattern: /^Picture of SSBCrack\w*$/i, reason: "footer:ssbcrack" },
  { id: "ssbcrack:brand", pattern: /^SSBCrack(?:Exams)?$/i, reason: "footer:ssbcrack" },
  {
    id: "thehindu:published",
    pattern: /^Published\s*-\s*[A-Z][a-z]+ \d{1,2}, \d{4}[^.]{0,30}$/,
    reason: "timestamp",
  },
];

/** A dateline at the start of a paragraph ("NEW DELHI:", "Beijing, January 4:",
 * "NEW DELHI, Jan 4 (Reuters) -"): only the matched prefix is removed. */
export const DATELINE_PATTERNS: readonly BoilerplatePattern[] = [
  {
    id: "dateline-caps",
    pattern:
      /^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}(?:\s*:|\s+\([A-Za-z .]+\)\s*[:–—-])\s+(?=[A-Z"“‘'])/,
    reason: "dateline",
  },
  {
    id: "dateline-place-date",
    pattern:
      /^[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,2},\s+(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:,? \d{4})?(?: \([A-Za-z .]+\))?\s*[:–—-]\s+/,
    reason: "dateline",
  },
  {
    id: "dateline-agency",
    pattern: /^[A-Z][A-Za-z .'’-]{2,30} \((?:Reuters|AP|AFP|PTI|ANI|IANS)\)\s*[:–—-]\s+/,
    reason: "dateline",
  },
];
