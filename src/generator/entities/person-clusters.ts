// Merges person mentions into people: full names first, then short forms ("Lee", "President
// Xi") that match exactly one full name in the article. Ambiguous short forms are dropped.
import type { OfficeHolder } from "../../../questions/types";
import type { PersonEntity } from "../types";
import { personKey } from "./names";
import type { PersonMention } from "./people";

export interface PersonCluster {
  key: string;
  mentions: PersonMention[];
  holder?: OfficeHolder;
}

const parts = (key: string): string[] => key.split(" ");

/** Short forms a full name may be called by later: the first and the last part. */
const shortForms = (key: string): string[] => {
  const p = parts(key);
  return p.length < 2 ? [] : [...new Set([p[0] ?? "", p[p.length - 1] ?? ""])];
};

const keyOf = (mention: PersonMention): string =>
  personKey(mention.holder ? mention.holder.name : mention.text);

export const clusterPeople = (mentions: readonly PersonMention[]): PersonCluster[] => {
  const clusters = new Map<string, PersonCluster>();
  const singles: PersonMention[] = [];
  for (const mention of mentions) {
    const key = keyOf(mention);
    if (parts(key).length < 2 && !mention.holder) {
      singles.push(mention);
      continue;
    }
    const cluster = clusters.get(key) ?? { key, mentions: [] };
    cluster.mentions.push(mention);
    if (mention.holder) cluster.holder = mention.holder;
    clusters.set(key, cluster);
  }
  const full = [...clusters.values()];
  for (const mention of singles) {
    const key = keyOf(mention);
    const matches = full.filter((c) => shortForms(c.key).includes(key));
    if (matches.length === 1 && matches[0]) {
      matches[0].mentions.push(mention);
      continue;
    }
    if (matches.length > 1 || mention.evidence === "speech") continue;
    const cluster = clusters.get(key) ?? { key, mentions: [] };
    cluster.mentions.push(mention);
    clusters.set(key, cluster);
  }
  return [...clusters.values()];
};

/** Keys (full names and unambiguous short forms) → cluster key, for the later alias pass. */
export const aliasKeys = (clusters: readonly PersonCluster[]): Map<string, string> => {
  const owners = new Map<string, Set<string>>();
  const own = (alias: string, key: string): void => {
    const set = owners.get(alias) ?? new Set<string>();
    set.add(key);
    owners.set(alias, set);
  };
  for (const cluster of clusters) {
    own(cluster.key, cluster.key);
    for (const form of shortForms(cluster.key)) own(form, cluster.key);
    for (const mention of cluster.mentions) own(personKey(mention.text), cluster.key);
  }
  const keys = new Map<string, string>();
  for (const [alias, set] of owners) {
    const [only] = set;
    if (set.size === 1 && only) keys.set(alias, only);
  }
  return keys;
};

const byPosition = (a: PersonMention, b: PersonMention): number =>
  a.sentence - b.sentence || a.from - b.from;

export const personEntity = (cluster: PersonCluster, id: string): PersonEntity => {
  const seen = new Set<string>();
  const mentions = [...cluster.mentions].sort(byPosition).filter((m) => {
    const at = `${m.sentence}:${m.start}`;
    if (seen.has(at)) return false;
    seen.add(at);
    return true;
  });
  const named = mentions.find((m) => parts(personKey(m.text)).length >= 2);
  const name = named?.text ?? cluster.holder?.name ?? mentions[0]?.text ?? cluster.key;
  const nameKey = personKey(name);
  const aliases = [...new Set(mentions.map((m) => m.text))].filter((t) => personKey(t) !== nameKey);
  const titled = mentions.find((m) => m.title);
  // "Captain X" of a known sportsperson is a team captain, not an army rank; the IMF's
  // "Managing Director" is an official, not a business leader.
  const holderRole = cluster.holder?.role;
  const overridden =
    (titled?.role === "military-officer" && holderRole === "sportsperson") ||
    (titled?.role === "business-leader" && holderRole === "official");
  const role = overridden ? holderRole : (titled?.role ?? holderRole);
  const nationality = mentions.find((m) => m.nationality)?.nationality ?? cluster.holder?.country;
  const affiliation =
    mentions.find((m) => m.affiliation)?.affiliation ?? cluster.holder?.organisation;
  return {
    kind: "person",
    id,
    name,
    aliases,
    ...(role ? { role } : {}),
    ...(titled?.title ? { title: titled.title } : {}),
    ...(affiliation ? { affiliation } : {}),
    ...(nationality ? { nationality } : {}),
    mentions: mentions.map((m) => ({
      sentence: m.sentence,
      start: m.start,
      end: m.end,
      text: m.text,
    })),
  };
};
