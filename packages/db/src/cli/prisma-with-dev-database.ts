/**
 * `npm run prisma -w @madoguchi/db -- <args>`: the Prisma CLI against the dev database
 * (DATABASE_URL, or the embedded server, started for the duration of the command).
 */
import { openDevDatabase } from "../embedded/dev-database";
import { runPrisma } from "./prisma-cli";

const database = await openDevDatabase(console.log);
const result = await runPrisma(process.argv.slice(2), { databaseUrl: database.url, inherit: true }).finally(
  () => database.stop(),
);
process.exit(result.code);
