import type { EmailTemplate } from "../email-message";
import { accountFrozenTemplate } from "./account-frozen.template";
import { accountLockedTemplate } from "./account-locked.template";
import { announcementPublishedTemplate } from "./announcement-published.template";
import { emailChangeConfirmTemplate } from "./email-change-confirm.template";
import { emailChangeNoticeTemplate } from "./email-change-notice.template";
import { freezeConfirmTemplate } from "./freeze-confirm.template";
import { incidentResolvedTicketTemplate } from "./incident-resolved-ticket.template";
import { inquiryCodeTemplate } from "./inquiry-code.template";
import { inquiryReceivedTemplate } from "./inquiry-received.template";
import { passwordChangedTemplate } from "./password-changed.template";
import { resetPasswordTemplate } from "./reset-password.template";
import { sessionsRevokedTemplate } from "./sessions-revoked.template";
import { staffInviteTemplate } from "./staff-invite.template";
import { statusIncidentUpdateTemplate } from "./status-incident-update.template";
import { statusSubscriptionConfirmTemplate } from "./status-subscription-confirm.template";
import type { EmailData, EmailTemplateDefinition } from "./template-kit";
import { ticketAutoCloseNoticeTemplate } from "./ticket-auto-close-notice.template";
import { ticketAutoClosedTemplate } from "./ticket-auto-closed.template";
import { ticketEscalatedTemplate } from "./ticket-escalated.template";
import { ticketRepliedTemplate } from "./ticket-replied.template";
import { ticketStatusChangedTemplate } from "./ticket-status-changed.template";
import { twoFactorChangedTemplate } from "./two-factor-changed.template";
import { verifyEmailTemplate } from "./verify-email.template";

/** Every email the product sends; the mapped type makes a missing template a type error. */
export const emailTemplates: { [T in EmailTemplate]: EmailTemplateDefinition<EmailData<T>> } = {
  verify_email: verifyEmailTemplate,
  reset_password: resetPasswordTemplate,
  password_changed: passwordChangedTemplate,
  account_locked: accountLockedTemplate,
  freeze_confirm: freezeConfirmTemplate,
  account_frozen: accountFrozenTemplate,
  email_change_confirm: emailChangeConfirmTemplate,
  email_change_notice: emailChangeNoticeTemplate,
  two_factor_changed: twoFactorChangedTemplate,
  sessions_revoked: sessionsRevokedTemplate,
  staff_invite: staffInviteTemplate,
  inquiry_code: inquiryCodeTemplate,
  inquiry_received: inquiryReceivedTemplate,
  ticket_replied: ticketRepliedTemplate,
  ticket_status_changed: ticketStatusChangedTemplate,
  ticket_auto_close_notice: ticketAutoCloseNoticeTemplate,
  ticket_auto_closed: ticketAutoClosedTemplate,
  ticket_escalated: ticketEscalatedTemplate,
  status_subscription_confirm: statusSubscriptionConfirmTemplate,
  status_incident_update: statusIncidentUpdateTemplate,
  incident_resolved_ticket: incidentResolvedTicketTemplate,
  announcement_published: announcementPublishedTemplate,
};

export const emailTemplateKeys = Object.keys(emailTemplates) as EmailTemplate[];
