// Month and weekday names as they appear in English news copy, with their abbreviations.

/** Index 0 = January. */
export const MONTHS: readonly { name: string; forms: readonly string[] }[] = [
  { name: "January", forms: ["January", "Jan", "Jan."] },
  { name: "February", forms: ["February", "Feb", "Feb."] },
  { name: "March", forms: ["March", "Mar", "Mar."] },
  { name: "April", forms: ["April", "Apr", "Apr."] },
  { name: "May", forms: ["May"] },
  { name: "June", forms: ["June", "Jun", "Jun."] },
  { name: "July", forms: ["July", "Jul", "Jul."] },
  { name: "August", forms: ["August", "Aug", "Aug."] },
  { name: "September", forms: ["September", "Sept", "Sept.", "Sep", "Sep."] },
  { name: "October", forms: ["October", "Oct", "Oct."] },
  { name: "November", forms: ["November", "Nov", "Nov."] },
  { name: "December", forms: ["December", "Dec", "Dec."] },
];

/** Index 0 = Sunday, matching the weekday arithmetic in src/generator/dates. */
/** "January" … "December", index 0 = January. */
export const MONTH_NAMES: readonly string[] = MONTHS.map((month) => month.name);

export const WEEKDAYS: readonly string[] = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
];
