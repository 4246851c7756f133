-- AlterTable
ALTER TABLE "announcement" ADD COLUMN     "notify_requested" BOOLEAN NOT NULL DEFAULT false;

-- One pending unfreeze request per customer. The console takes a row lock on the customer
-- before it asks; this index holds the rule for any other path, and Prisma's schema cannot
-- express a partial index, so it lives here only.
CREATE UNIQUE INDEX "unfreeze_request_one_pending_per_customer"
  ON "unfreeze_request"("customer_id") WHERE "status" = 'pending';
