/** A yes/no question: two radios side by side. */
import { YES_NO } from '../../../domain/question-table.ts';
import { YES_NO_WORDS } from '../../../copy/questionario.ts';
import { Continue, RadioFieldset, type KindProps } from './parts.tsx';

export const YES_NO_OPTIONS = YES_NO.map((value) => ({ value, label: YES_NO_WORDS[value].label }));

export function YesNo(props: KindProps) {
  return (
    <>
      <RadioFieldset {...props} options={YES_NO_OPTIONS} inline />
      <Continue />
    </>
  );
}
