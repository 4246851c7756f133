/**
 * What `signIn("customer" | "staff", { redirect: false, ... })` of next-auth/react reports in
 * `result.error`. An unknown address, a wrong password, a locked, frozen or deactivated account
 * all answer `CredentialsSignin`, on purpose.
 */
export const signInErrors = {
  invalid: "CredentialsSignin",
  secondFactorRequired: "SecondFactorRequired",
  secondFactorInvalid: "SecondFactorInvalid",
  rateLimited: "RateLimited",
} as const;

export type SignInErrorCode = (typeof signInErrors)[keyof typeof signInErrors];

/** The next-auth provider id of each app's credentials sign-in. */
export const signInProviderId = { web: "customer", admin: "staff" } as const;
