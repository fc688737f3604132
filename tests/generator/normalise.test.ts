import { describe, expect, it } from "vitest";
import { normaliseOption, slug } from "../../src/generator/normalise";

describe("normaliseOption", () => {
  it.each([
    ["President Lee Jae-myung", "lee jae myung"],
    ["Lee Jae Myung's", "lee jae myung"],
    ["Prime Minister Narendra Modi", "narendra modi"],
    ["Premier Li Qiang", "li qiang"],
    ["Lt Gen A. K. Singh", "ak singh"],
    ["Lt. Gen. A.K. Singh", "ak singh"],
    ["Dr. S. Jaishankar", "s jaishankar"],
    ["Smt. Nirmala Sitharaman", "nirmala sitharaman"],
    ["Shri Rajnath Singh", "rajnath singh"],
    ["The Sea of Japan", "sea of japan"],
    ["the Reserve Bank of India", "reserve bank of india"],
    ["São Tomé and Príncipe", "sao tome and principe"],
    ["  Tata   Motors  ", "tata motors"],
    ["U.S.", "us"],
    ["Hyundai Motor Group’s", "hyundai motor group"],
    ["1,500", "1500"],
    ["Rs 38,900 crore", "rs 38900 crore"],
  ])("%j -> %j", (text, expected) => {
    expect(normaliseOption(text)).toBe(expected);
  });

  it.each([
    ["General Motors", "general motors"],
    ["Prime Minister", "prime minister"],
    ["Secretary of State", "secretary of state"],
    ["Theresa May", "theresa may"],
  ])("keeps %j meaningful: %j", (text, expected) => {
    expect(normaliseOption(text)).toBe(expected);
  });

  it.each([
    ["Li Qiang", "Lee Jae Myung"],
    ["South Korea", "North Korea"],
    ["Sea of Japan", "Japan"],
    ["2.5%", "25%"],
  ])("tells %j and %j apart", (a, b) => {
    expect(normaliseOption(a)).not.toBe(normaliseOption(b));
  });
});

describe("slug", () => {
  it.each([
    ["Lee Jae Myung", "lee-jae-myung"],
    ["Chung Eui-sun", "chung-eui-sun"],
    ["Samsung Electronics Co.", "samsung-electronics-co"],
    ["Côte d'Ivoire", "cote-d-ivoire"],
    ["", ""],
  ])("%j -> %j", (text, expected) => {
    expect(slug(text)).toBe(expected);
  });
});

describe("numbers are single options", () => {
  it("does not find 500 nested in 1,500", async () => {
    const { isNested } = await import("../../src/generator/checks/options");
    expect(isNested("500", "1,500")).toBe(false);
    expect(isNested("Rs 500", "Rs 1,500")).toBe(false);
  });
});
