-- CreateEnum
CREATE TYPE "ApprovalStatus" AS ENUM ('pending', 'approved', 'rejected', 'withdrawn');

-- CreateEnum
CREATE TYPE "SlaClock" AS ENUM ('first_response', 'resolution');

-- AlterEnum
ALTER TYPE "IncidentStatus" ADD VALUE 'cancelled';

-- AlterTable
ALTER TABLE "announcement" ADD COLUMN     "notified_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "incident" ADD COLUMN     "tickets_notified_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "staff" ADD COLUMN     "available" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "team" ADD COLUMN     "auto_assign" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "calendar" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "team_membership" ADD COLUMN     "last_auto_assigned_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "ticket" ADD COLUMN     "auto_close_notice_at" TIMESTAMPTZ(3),
ADD COLUMN     "waiting_since" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "ticket_escalation" (
    "id" UUID NOT NULL,
    "ticket_id" UUID NOT NULL,
    "clock" "SlaClock" NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "escalated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ticket_escalation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticket_presence" (
    "ticket_id" UUID NOT NULL,
    "staff_id" UUID NOT NULL,
    "typing_at" TIMESTAMPTZ(3),
    "seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ticket_presence_pkey" PRIMARY KEY ("ticket_id","staff_id")
);

-- CreateTable
CREATE TABLE "sla_target" (
    "tier" "SlaTier" NOT NULL,
    "priority" "TicketPriority" NOT NULL,
    "first_response_minutes" INTEGER NOT NULL,
    "resolution_minutes" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sla_target_pkey" PRIMARY KEY ("tier","priority")
);

-- CreateTable
CREATE TABLE "routing_override" (
    "id" UUID NOT NULL,
    "trouble_type" "TroubleType" NOT NULL,
    "subtype" TEXT NOT NULL DEFAULT '',
    "team_id" UUID,
    "priority" "TicketPriority",
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "routing_override_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "macro" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "team_id" UUID,
    "locale" "Locale" NOT NULL DEFAULT 'ja',
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "TicketStatus",
    "position" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "macro_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "unfreeze_request" (
    "id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "ticket_id" UUID,
    "requested_by_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "ApprovalStatus" NOT NULL DEFAULT 'pending',
    "decided_by_id" UUID,
    "decision_note" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "unfreeze_request_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ticket_escalation_escalated_at_idx" ON "ticket_escalation"("escalated_at");

-- CreateIndex
CREATE UNIQUE INDEX "ticket_escalation_ticket_id_clock_due_at_key" ON "ticket_escalation"("ticket_id", "clock", "due_at");

-- CreateIndex
CREATE INDEX "ticket_presence_seen_at_idx" ON "ticket_presence"("seen_at");

-- CreateIndex
CREATE UNIQUE INDEX "routing_override_trouble_type_subtype_key" ON "routing_override"("trouble_type", "subtype");

-- CreateIndex
CREATE UNIQUE INDEX "macro_key_key" ON "macro"("key");

-- CreateIndex
CREATE INDEX "macro_team_id_active_idx" ON "macro"("team_id", "active");

-- CreateIndex
CREATE INDEX "unfreeze_request_customer_id_status_idx" ON "unfreeze_request"("customer_id", "status");

-- CreateIndex
CREATE INDEX "unfreeze_request_status_created_at_idx" ON "unfreeze_request"("status", "created_at");

-- CreateIndex
CREATE INDEX "ticket_status_resolution_due_at_idx" ON "ticket"("status", "resolution_due_at");

-- CreateIndex
CREATE INDEX "ticket_status_waiting_since_idx" ON "ticket"("status", "waiting_since");

-- AddForeignKey
ALTER TABLE "ticket_escalation" ADD CONSTRAINT "ticket_escalation_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_presence" ADD CONSTRAINT "ticket_presence_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routing_override" ADD CONSTRAINT "routing_override_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "macro" ADD CONSTRAINT "macro_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written below: rules Prisma's schema language cannot express.

-- The auto-close clock: set when a ticket starts waiting on the customer, whatever code path
-- changed the status, and cleared (with its notice) when it stops waiting.
CREATE FUNCTION ticket_waiting_clock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'waiting_on_customer' THEN
    IF TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status THEN
      NEW.waiting_since := COALESCE(NEW.waiting_since, clock_timestamp());
      NEW.auto_close_notice_at := NULL;
    END IF;
  ELSE
    NEW.waiting_since := NULL;
    NEW.auto_close_notice_at := NULL;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER ticket_waiting_clock
  BEFORE INSERT OR UPDATE OF status ON "ticket"
  FOR EACH ROW EXECUTE FUNCTION ticket_waiting_clock();

-- Four eyes: whoever asked to unfreeze an account cannot be the one who approves it.
ALTER TABLE "unfreeze_request" ADD CONSTRAINT "unfreeze_request_four_eyes"
  CHECK ("decided_by_id" IS NULL OR "decided_by_id" <> "requested_by_id");
