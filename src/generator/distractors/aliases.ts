// Every name the gazetteers give one thing, so no alias of the answer becomes a distractor.
import type { Knowledge } from "../../../questions/types";
import { normaliseOption } from "../normalise";

type AliasGroups = Map<string, Set<string>>;
const cache = new WeakMap<Knowledge, AliasGroups>();

const addGroup = (groups: AliasGroups, names: readonly (string | undefined)[]) => {
  const keys = names
    .filter((n): n is string => Boolean(n))
    .map(normaliseOption)
    .filter(Boolean);
  const group = new Set(keys);
  for (const key of keys) {
    const existing = groups.get(key);
    if (existing) for (const k of existing) group.add(k);
    groups.set(key, group);
  }
};

const aliasGroups = (knowledge: Knowledge): AliasGroups => {
  const cached = cache.get(knowledge);
  if (cached) return cached;
  const groups: AliasGroups = new Map();
  for (const c of knowledge.countries) addGroup(groups, [c.name, ...c.aliases]);
  for (const c of knowledge.cities) addGroup(groups, [c.name, ...(c.aliases ?? [])]);
  for (const w of knowledge.waterBodies) addGroup(groups, [w.name, ...(w.aliases ?? [])]);
  for (const s of knowledge.indianStates) addGroup(groups, [s.name, ...(s.aliases ?? [])]);
  for (const r of knowledge.regions) addGroup(groups, [r.name, ...(r.aliases ?? [])]);
  for (const c of knowledge.companies) addGroup(groups, [c.name, ...c.aliases]);
  for (const o of knowledge.organisations) addGroup(groups, [o.name, o.acronym, ...o.aliases]);
  for (const p of knowledge.officeHolders) addGroup(groups, [p.name, ...(p.aliases ?? [])]);
  cache.set(knowledge, groups);
  return groups;
};

/** Normalised forms of a name and all its gazetteer aliases. */
export const aliasKeys = (knowledge: Knowledge, names: readonly string[]): Set<string> => {
  const groups = aliasGroups(knowledge);
  const keys = new Set<string>();
  for (const name of names) {
    const key = normaliseOption(name);
    if (!key) continue;
    keys.add(key);
    for (const k of groups.get(key) ?? []) keys.add(k);
  }
  return keys;
};
