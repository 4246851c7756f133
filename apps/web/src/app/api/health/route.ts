import { healthResponse } from "@madoguchi/api/health/health-response";

export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return healthResponse();
}
