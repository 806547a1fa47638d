/** The PEC address of the simulated forms (issue 12): shared by the profile form (form.ts) and the saved document's schema (schema.ts). */

/** A PEC address as the form accepts it: name@domain.tld, no spaces or brackets. */
export const PEC_PATTERN = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[A-Za-z]{2,}$/;
