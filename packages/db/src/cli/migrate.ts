import { openDevDatabase } from "../embedded/dev-database";
import { migrateDeploy } from "./prisma-cli";

const database = await openDevDatabase(console.log);
try {
  await migrateDeploy(database.url);
  console.log("Migrations applied.");
} finally {
  await database.stop();
}
