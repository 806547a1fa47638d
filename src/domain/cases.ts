/**
 * The cases of a scenario and the keys each accepts (CONTRACT §2). Kept apart from the zod schema
 * (scenario.ts re-exports them) so that the question pages can route without loading zod.
 */
export const CASES = ['new', 'renewal', 'variant', 'technicalExtension'] as const;
export type CaseId = (typeof CASES)[number];

/** The keys each case accepts, in the order the questionnaire asks them. */
export const CASE_KEYS: Readonly<Record<CaseId, readonly string[]>> = {
  new: ['case', 'date', 'object', 'procedure', 'base', 'safetyCosts', 'renewals', 'prorogaOptions', 'otherOptions', 'technicalExtension', 'countTechnicalExtension'],
  renewal: ['case', 'date', 'object', 'amount', 'originalCig'],
  variant: ['case', 'date', 'object', 'contractAmount', 'amount', 'originalCig'],
  technicalExtension: ['case', 'date', 'object', 'contractAmount', 'amount', 'originalCig'],
};
