// The noun a where-question names its answer's kind by: "Which province", "Which islands".
import { PLACE_TYPE_NOUNS } from "../../../questions/templates";
import type { Knowledge } from "../../../questions/types";
import type { PlaceEntity } from "../types";

/** "state", "province", "islands", "sea"; undefined for a place of no askable kind. */
export const placeNoun = (place: PlaceEntity, knowledge: Knowledge): string | undefined => {
  // Ontario is a province and Michigan a state: the gazetteer says what each country calls them.
  if (place.placeType === "state" && place.country && place.country !== "India") {
    return knowledge.regions.find((r) => r.name === place.name)?.noun ?? "state";
  }
  // Ladakh and the Andamans are union territories, not states.
  if (place.placeType === "state" && place.country === "India") {
    const indian = knowledge.indianStates.find((s) => s.name === place.name);
    if (indian?.type === "union-territory") return "union territory";
  }
  // "the Senkaku Islands": a group is asked as "which islands".
  if (place.placeType === "island" && /\bIslands$/.test(place.name)) return "islands";
  return PLACE_TYPE_NOUNS[place.placeType];
};
