/**
 * The cases of a scenario (CONTRACT §2). Kept apart from the zod schema (scenario.ts re-exports
 * them) so that the question pages can route without loading zod; the keys each case accepts are
 * derived from the questions' table (question-table.ts).
 */
// issue 11: frameworkCall, a contract under a framework agreement or convention (CONTRACT §7.1)
export const CASES = ['new', 'renewal', 'variant', 'technicalExtension', 'frameworkCall'] as const;
export type CaseId = (typeof CASES)[number];

export function isCaseId(s: unknown): s is CaseId {
  return CASES.some((c) => c === s);
}
