/** The first date the engine answers for: the day Smart CIG went online (re-exported by data.ts). */
export const FIRST_SUPPORTED_DATE = '2011-05-02';
