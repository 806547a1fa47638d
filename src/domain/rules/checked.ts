/**
 * The day the rule data and the sources behind them were last checked against the domain reference
 * (../shared/domain/REFERENCE.md). Shown in the footer, the legal notes and the start page; a source
 * dated after it would be a source nobody has read yet.
 */
export const RULES_CHECKED = '2026-11-21';
