export * from "./deadline";
export * from "./fraction";
export * from "./scheme";
export * from "./score";
export * from "./shuffle";
