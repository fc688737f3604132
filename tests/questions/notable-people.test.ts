// The notable-people list: every field has enough people for options, names are unique across
// the person tables, and dated posts are well formed.
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { notablePeople } from "../../questions/notable-people";

const countries = new Set(knowledge.countries.map((c) => c.name));
const key = (name: string) =>
  name
    .toLowerCase()
    .replace(/[.\s-]+/g, " ")
    .trim();

describe("notable people", () => {
  it.each([...new Set(notablePeople.map((p) => `${p.field}|${p.group ?? ""}`))])(
    "field %s has at least four people",
    (field) => {
      const count = notablePeople.filter((p) => `${p.field}|${p.group ?? ""}` === field).length;
      expect(count).toBeGreaterThanOrEqual(4);
    },
  );

  it("no honour is held by two people of one field and country (it names one person)", () => {
    const held = notablePeople.flatMap((p) =>
      (p.honours ?? []).map((h) => `${p.field}|${p.country}|${h.toLowerCase()}`),
    );
    expect(held.filter((h, i) => held.indexOf(h) !== i)).toEqual([]);
  });

  it("every country is a known country", () => {
    expect(notablePeople.filter((p) => !countries.has(p.country)).map((p) => p.name)).toEqual([]);
  });

  it("no name or alias is also an office holder's or another notable person's", () => {
    // One person's own spellings ("P. T. Usha", "P.T. Usha") may normalise alike.
    const people = [...knowledge.officeHolders, ...notablePeople];
    const forms = people.flatMap((p) => [...new Set([p.name, ...(p.aliases ?? [])].map(key))]);
    expect(forms.filter((f, i) => forms.indexOf(f) !== i)).toEqual([]);
  });

  it("a single-holder post has one holder", () => {
    const posts = notablePeople.flatMap((p) => (p.post ? [p.post] : []));
    expect(posts.filter((p, i) => posts.indexOf(p) !== i)).toEqual([]);
  });

  it("past posts run forwards and never overlap for the same post", () => {
    const spans = notablePeople.flatMap((p) =>
      (p.pastPosts ?? []).map((s) => ({ ...s, who: p.name })),
    );
    for (const s of spans) expect(s.from).toBeLessThanOrEqual(s.to);
    for (const a of spans) {
      for (const b of spans) {
        if (a === b || a.post !== b.post) continue;
        // A hand-over year may be shared, no more.
        expect(a.to <= b.from || b.to <= a.from).toBe(true);
      }
    }
  });

  it.each(notablePeople.map((p) => [p.name, p.asOf] as const))(
    "%s asOf %s is a date",
    (_, asOf) => {
      expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    },
  );
});
