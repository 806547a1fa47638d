/**
 * Issue 13: the choices offered for "which card?": the right card among the cards of its family
 * (direct awards, procedures with a call, negotiated, frameworks and special awards, modifications),
 * always in the same order, so the same exercise shows the same radios everywhere (page, print, Moodle).
 */
const CARD_FAMILIES: readonly (readonly string[])[] = [
  ['AD5', 'AD3', 'AD2_25', 'AD1_25', 'P2_16'],
  ['AD2_26', 'AD1_26', 'P2_17', 'P1_17', 'AD3'],
  ['P2_16', 'P1_16', 'P7_1_3', 'P7_2', 'AD3'],
  ['P7_1_3', 'P7_1_1', 'P7_1_2', 'P7_2', 'P2_16'],
  ['AD4', 'P6_2', 'AD5', 'P2_16'],
  ['A3_6', 'P5', 'AD5', 'AD4'],
  ['M1', 'M2', 'AD5', 'P2_16'],
];

/** At most five cards, the right one among them. */
export function cardOptions(card: string): readonly string[] {
  const family = CARD_FAMILIES.find((f) => f.includes(card));
  return family ?? [card, 'AD5', 'AD3', 'P2_16', 'P1_16'].filter((c, i, all) => all.indexOf(c) === i);
}
