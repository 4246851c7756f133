import type { Locale } from "../locale/locale";

/**
 * Every email the product sends, with the data its template needs. No email carries a sign-in
 * link: action links (`url`) are single-use and expire, and notices say "sign in to read".
 */
export type EmailMessage =
  | { template: "verify_email"; data: { name: string; url: string; expiresInHours: number } }
  | { template: "reset_password"; data: { name: string; url: string; expiresInMinutes: number } }
  | { template: "password_changed"; data: { name: string } }
  | { template: "account_locked"; data: { name: string; unlockUrl: string; lockedMinutes: number } }
  | { template: "freeze_confirm"; data: { url: string; expiresInMinutes: number } }
  | { template: "account_frozen"; data: { name: string } }
  | { template: "email_change_confirm"; data: { name: string; url: string; expiresInHours: number } }
  | { template: "email_change_notice"; data: { name: string; newEmailMasked: string } }
  | { template: "two_factor_changed"; data: { name: string; enabled: boolean } }
  | { template: "sessions_revoked"; data: { name: string } }
  | { template: "staff_invite"; data: { name: string; url: string; expiresInHours: number } }
  | { template: "inquiry_code"; data: { code: string; expiresInMinutes: number } }
  | {
      template: "inquiry_received";
      data: { number: string; teamKey: string; firstResponseDueAt: string; followUp: TicketFollowUp };
    }
  | { template: "ticket_replied"; data: { number: string; followUp: TicketFollowUp } }
  | { template: "ticket_status_changed"; data: { number: string; status: string; followUp: TicketFollowUp } }
  | {
      template: "ticket_auto_close_notice";
      data: { number: string; closesAt: string; followUp: TicketFollowUp };
    }
  | { template: "ticket_auto_closed"; data: { number: string; followUp: TicketFollowUp } }
  | {
      template: "ticket_escalated";
      data: {
        number: string;
        teamKey: string;
        clock: "first_response" | "resolution";
        priority: "low" | "normal" | "high" | "urgent";
        dueAt: string;
        lateMinutes: number;
        url: string;
      };
    }
  | { template: "status_subscription_confirm"; data: { confirmUrl: string; unsubscribeUrl: string } }
  | {
      template: "status_incident_update";
      data: { title: string; status: string; body: string; statusUrl: string; unsubscribeUrl: string };
    }
  | {
      template: "incident_resolved_ticket";
      data: {
        number: string;
        /** Absent in emails queued before maintenance had its own wording: an outage. */
        kind?: "incident" | "maintenance";
        title: string;
        statusUrl: string;
        followUp: TicketFollowUp;
      };
    }
  | {
      template: "announcement_published";
      data: { title: string; excerpt: string; announcementUrl: string; unsubscribeUrl: string };
    };

/**
 * How the customer reads a ticket's news: signed in, or (login trouble filed without signing in)
 * with the address, the ticket number and a one-time code emailed to that address.
 */
export type TicketFollowUp = "sign_in" | "email_code";

export type EmailTemplate = EmailMessage["template"];

export type OutgoingEmail = EmailMessage & { to: string; locale: Locale };
