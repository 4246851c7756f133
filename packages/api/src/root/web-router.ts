import { registerAccountFrozenHook } from "../account/account-frozen-hooks";
import { accountRouter } from "../account/account.router";
import { authRouter } from "../account/auth.router";
import { healthRouter } from "../health/health.router";
import { helpCenterRouter } from "../help-center/help-center.router";
import { openFreezeTicket } from "../inquiry/freeze-ticket";
import { inquiryRouter } from "../inquiry/inquiry.router";
import { searchRouter } from "../search/search.router";
import { announcementRouter } from "../status/announcement.router";
import { statusRouter } from "../status/status.router";
import { customerTicketRouter } from "../ticket/customer-ticket.router";
import { router } from "../trpc/init";

// The portal's emergency freeze (signed in, or by the emailed link) opens the security window's
// urgent ticket in the same transaction.
registerAccountFrozenHook(openFreezeTicket);

/** Everything the customer portal may call. Staff procedures are not mounted here at all. */
export const webRouter = router({
  health: healthRouter,
  account: accountRouter,
  auth: authRouter,
  helpCenter: helpCenterRouter,
  search: searchRouter,
  status: statusRouter,
  announcements: announcementRouter,
  inquiry: inquiryRouter,
  tickets: customerTicketRouter,
});

export type WebRouter = typeof webRouter;
