import { createClient } from "../client/create-client";
import { openDevDatabase } from "../embedded/dev-database";
import { seedDemo } from "../seed/seed-demo";

const database = await openDevDatabase(console.log);
const db = createClient({ url: database.url, poolSize: 2 });
try {
  await seedDemo(db);
  console.log("Demo data is in place.");
} finally {
  await db.$disconnect();
  await database.stop();
}
