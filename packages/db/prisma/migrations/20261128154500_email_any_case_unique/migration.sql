-- One account per address whatever its case: `Hanako@example.jp` and `hanako@example.jp` reach
-- the same mailbox at every provider our customers use, so they are one person. The stored address
-- keeps the case it was typed in (emails go out to it as given); these indexes refuse a second
-- account that differs only in case (sign-up already checks, this also holds under a race) and
-- serve the case-insensitive lookups of sign-in, reset and freeze by index rather than by a scan.
-- Prisma's schema cannot express an expression index, so they live here only.
CREATE UNIQUE INDEX "customer_email_lower_key" ON "customer"(lower("email"));
CREATE UNIQUE INDEX "staff_email_lower_key" ON "staff"(lower("email"));
