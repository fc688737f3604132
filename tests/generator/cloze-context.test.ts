// The cloze fallback copies its sentence, so it keeps only sentences that stand alone: no word
// pointing back into the article, no opinion, no plan, no undated past, no blank the rest of the
// sentence gives away or that sits in a list (the real analysis and rules, no mocks).
import { describe, expect, it } from "vitest";
import { dependsOnContext } from "../../src/generator/rules/cloze-context";
import { passingClozes } from "../support/cloze";

const passing = passingClozes;

describe("words that point back into the article", () => {
  it.each([
    ["Then the minister flew to Colombo for talks.", "Then"],
    ["For now, Kenya is busy guarding Lamu against another raid.", "For now"],
    ["To that end, officials signed an MoU on a fertiliser plant.", "To that end"],
    ["Aid workers are still battling cholera in Malawi.", "still"],
    ["The sudden surge of visitors followed days of snow in Shimla.", "the sudden surge"],
    ["The smoke drifted across Punjab on 3 March 2026.", "the smoke"],
    ["Officials described the summer dress code as a success.", "the summer dress code"],
    ["One firm leading that push is Tata Motors.", "that push is"],
    ["Their journey from Rakhine began at sea.", "Their"],
    ["An enraged Nepal banned the imports in 2025.", "enraged"],
    ["Kenya is set to host the summit in Nairobi.", "is set to"],
    ["Nepal remains very difficult for traders to reach by road.", "remains very difficult"],
    ["Cities across Poland saw temperatures above 40C in June.", "June"],
  ])("%s → %s", (text, reason) => {
    expect(dependsOnContext(text)?.startsWith(reason)).toBe(true);
  });

  it.each([
    "In 2024, a fire in the crowded Sarojini Nagar market destroyed 200 stalls.",
    "Nanda Devi is ranked as the world's 23rd highest peak.",
    "Plans to build a new airport near Jewar have divided farmers in Uttar Pradesh.",
    "The evacuation of at least 5,000 people from Puri was completed on 2 May 2026.",
    "Across Vietnam, firms such as VinFast are investing in electric buses.",
    "Rescuers freed the rest of the crew off Goa in 2025.",
    "Bangladesh remains the largest buyer of Indian cotton in 2025.",
  ])("stands alone: %s", (text) => {
    expect(dependsOnContext(text)).toBeUndefined();
  });
});

describe("cloze stems that stand alone", () => {
  it.each([
    [
      // Present perfect: the article's news, true as of its month.
      "A fire at a chemical plant in the Indian city of Vadodara has killed at least 11 people.",
      "11",
      "As of March 2026, a fire at a chemical plant in the Indian city of Vadodara has killed at least ____ people.",
    ],
    [
      // A count of the moment is dated; the clause with "now" is cut off.
      "More than 300 wildfires are burning across Chile, with smoke now drifting into Argentina.",
      "Chile",
      "As of March 2026, more than 300 wildfires are burning across ____.",
    ],
    [
      // "One ... is X, which ...": the fact without the opening that points back.
      "One company leading that shift is Indian carmaker Tata Motors, which unveiled its first hydrogen truck in 2024.",
      "Tata Motors",
      "Indian carmaker ____ unveiled its first hydrogen truck in 2024.",
    ],
    [
      // "also" only adds to what came before: the fact stands without it.
      "Floods also cut off four villages in Assam on 2 March 2026.",
      "Assam",
      "Floods cut off four villages in ____ on 2 March 2026.",
    ],
  ])("%s", (body, answer, stem) => {
    expect(passing(body, answer)).toContain(stem);
  });

  it.each([
    [
      "anywhere in the sentence",
      "Foreign Minister Anil Mehta arrived in Dhaka on 8 March 2026. On 9 March 2026, officials in Colombo welcomed Mr. Mehta for talks on a new port in Sri Lanka.",
      "On 9 March 2026, officials in ____ welcomed Anil Mehta for talks on a new port in Sri Lanka.",
    ],
    [
      "at the start of the sentence",
      "Foreign Minister Anil Mehta arrived in Dhaka on Monday. Mehta flew to Colombo on 10 March 2026 for talks on a new port with the Sri Lankan navy.",
      "Anil Mehta flew to ____ on 10 March 2026 for talks on a new port with the Sri Lankan navy.",
    ],
  ])("spells out a person's surname %s", (_where, body, stem) => {
    expect(passing(body, "Colombo")).toContain(stem);
  });
});

describe("no cloze", () => {
  it.each([
    // An undated past event: which rescue, and when?
    ["Nine fishermen were rescued off the coast of Kerala.", "Kerala"],
    // A plan is not yet a fact.
    ["The minister will open the new terminal in Guwahati on 20 March 2026.", "Guwahati"],
    // Madrid lies in Spain: the stem gives the country away.
    ["The government of Spain declared an emergency near Madrid on 3 March 2026.", "Spain"],
    // Toronto lies in Ontario.
    ["Fires in northern Ontario have sent smoke over Toronto since 3 March 2026.", "Ontario"],
    // A capital stands for its government: only the capital can warn.
    ["Beijing has warned that patrols near Taiwan would be treated as hostile acts.", "Beijing"],
    // A name in Chinese order gives China away.
    ["The prize has made Zhang Wei one of China's best-known poets since 2024.", "China"],
    // One of several examples: "Pune and Nashik in ____" is only half true of Nashik.
    [
      "Alerts were issued in cities including Pune and Nashik in Maharashtra, and Surat in Gujarat, on 3 March 2026.",
      "Maharashtra",
    ],
    // One of two coordinated things.
    ["In 2023, Canada sent aid to Ukraine and the Baltic states.", "Ukraine"],
    // The dash explains a clause whose subject is never named.
    ["Several hosts have pulled out over costs – Perth replaced Durban in 2019.", "Perth"],
    // History: the options would be the war's sides, not the answer's neighbours.
    [
      "The islands passed to Chinese rule after Germany was defeated in the Second World War.",
      "Germany",
    ],
  ])("%s", (body, answer) => {
    expect(passing(body, answer)).toEqual([]);
  });
});
