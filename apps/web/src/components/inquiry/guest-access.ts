/** The cookie holding the access token of a ticket opened without signing in. */
export const GUEST_ACCESS_COOKIE = "madoguchi_inquiry_access";
