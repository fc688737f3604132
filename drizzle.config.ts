import { defineConfig } from "drizzle-kit";

export const drizzleConfig = defineConfig({
  dialect: "sqlite",
  schema: "./src/storage/schema.ts",
  out: "./db/migrations",
});

// drizzle-kit reads the default export; the project otherwise uses named exports.
export default drizzleConfig;
