import { articleWorkflow } from "@madoguchi/core/knowledge-base/article-workflow";
import { staffProcedureWith } from "../trpc/procedures";

/** Reading and writing articles: every writer (agent and up). */
export const articleWriter = staffProcedureWith(articleWorkflow.save.permission);

/** A workflow step asks core's workflow table which permission it needs. */
export function articleStep(action: keyof typeof articleWorkflow) {
  return staffProcedureWith(articleWorkflow[action].permission);
}
