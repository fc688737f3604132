// `npm run backup -- FILE`: a consistent copy of the database at DATABASE_PATH (default
// db/newsdrill.sqlite), safe to take while the server runs. Exits 1 unless the copy checks "ok".
import { loadConfig } from "../config";
import { backupDatabase } from "../storage/backup";

const [target] = process.argv.slice(2);
if (target === undefined || target.startsWith("-")) {
  console.error("Usage: npm run backup -- FILE   (copies the database at DATABASE_PATH to FILE)");
  process.exit(2);
}
const { databasePath } = loadConfig();
try {
  const report = await backupDatabase(databasePath, target);
  const rows = Object.entries(report.rows)
    .filter(([table]) => !table.startsWith("__"))
    .map(([table, n]) => `${table} ${n}`)
    .join(", ");
  console.log(
    `Backed up ${report.source} to ${report.file}: ${report.pages} pages, ${report.bytes} bytes in ${report.milliseconds} ms.`,
  );
  console.log(`Integrity check of the copy: ${report.integrity}. Rows: ${rows}.`);
  if (report.integrity !== "ok") process.exit(1);
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
