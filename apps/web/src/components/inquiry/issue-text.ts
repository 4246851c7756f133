import { inquiryMessage, isInquiryMessageKey } from "@madoguchi/core/inquiry/inquiry-messages";
import type { Locale } from "@madoguchi/core/locale/locale";
import { problemText } from "./inquiry-text";

/** A field issue's text: the field table's messages from core, the form's own ones from here. */
export function issueText(locale: Locale, key: string): string {
  return isInquiryMessageKey(key)
    ? inquiryMessage(key, locale)
    : (problemText(locale, key) ?? inquiryMessage("inquiry.invalid", locale));
}
