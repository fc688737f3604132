import { cities } from "./cities";
import { companies } from "./companies";
import { countries } from "./countries";
import { indianStates } from "./indian-states";
import { notablePeople } from "./notable-people";
import { officeHolders } from "./office-holders";
import { officePeers } from "./office-peers";
import { organisations } from "./organisations";
import { regions } from "./regions";
import { titles } from "./titles";
import type { Knowledge } from "./types";
import { waterBodies } from "./water-bodies";

/** Everything the generator knows about the world, assembled from the gazetteers in this folder. */
export const knowledge: Knowledge = {
  countries,
  cities,
  waterBodies,
  indianStates,
  regions,
  companies,
  organisations,
  officeHolders: [...officeHolders, ...officePeers],
  notablePeople,
  titles,
};
