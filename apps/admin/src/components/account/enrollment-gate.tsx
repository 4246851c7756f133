"use client";

import { redirect, usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** The pages a member who has not enrolled two-factor yet may still open. */
const openPaths = ["/enroll-2fa", "/sign-in", "/invite", "/unlock"];

/**
 * Two-factor is mandatory for staff: a member signed in without it is sent to enrollment from
 * any other page (every staff procedure refuses them meanwhile anyway).
 */
export function EnrollmentGate({ required, children }: { required: boolean; children: ReactNode }) {
  const pathname = usePathname();
  if (required && !openPaths.some((path) => pathname === path || pathname.startsWith(`${path}/`))) {
    redirect("/enroll-2fa");
  }
  return children;
}
