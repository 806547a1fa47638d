/**
 * The small vocabularies every rule table speaks: objects, procedures and systems. In a module of
 * their own so that `data.ts` and `smartcig.ts` can both use them without importing each other.
 */
export type ObjectKind = 'works' | 'services' | 'supplies';
export type Procedure = 'direct' | 'negotiated' | 'open' | 'restricted' | 'other';
export type SystemId = 'SMART_CIG' | 'SIMOG' | 'PCP';
