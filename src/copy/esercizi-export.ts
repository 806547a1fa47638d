/**
 * Issue 13, for trainers: a set of exercises as a Moodle question bank (Moodle XML: numerical questions
 * with a tolerance of one cent, multiple choice for systems, cards and yes/no) and as GIFT. Loaded on
 * demand by the page (dynamic import) and by the command line.
 */
import type { ExpectedAnswer } from '../domain/exercises/answers.ts';
import { ESERCIZI } from './esercizi.ts';
import { choiceText, whyOf } from './esercizi-correzione.ts';

export interface ExportExercise {
  id: string;
  title: string;
  story: readonly string[];
  answers: readonly ExpectedAnswer[];
}

const EXPORT = {
  category: 'CIG Advisor/Esercizi',
  source: 'Fonte',
  /** One cent: Moodle accepts the answer within this distance. */
  tolerance: String(1 / 100),
} as const;

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** CDATA that cannot be closed early by the text. */
const cdata = (s: string) => `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

function feedbackHtml(a: ExpectedAnswer): string {
  return whyOf(a).map((w) => `<p>${xmlText(w.text)} <em>${xmlText(EXPORT.source)}: ${xmlText(w.source)}</em></p>`).join('');
}

function questionHtml(e: ExportExercise, a: ExpectedAnswer): string {
  return `${e.story.map((p) => `<p>${xmlText(p)}</p>`).join('')}<p><strong>${xmlText(ESERCIZI.question[a.question])}</strong></p>`;
}

function moodleQuestion(e: ExportExercise, a: ExpectedAnswer, n: number): string {
  const head = [
    `    <name><text>${xmlText(`${e.title} (${n})`)}</text></name>`,
    `    <questiontext format="html"><text>${cdata(questionHtml(e, a))}</text></questiontext>`,
    `    <generalfeedback format="html"><text>${cdata(feedbackHtml(a))}</text></generalfeedback>`,
    '    <defaultgrade>1</defaultgrade>',
    '    <penalty>0.3333333</penalty>',
    '    <hidden>0</hidden>',
    `    <idnumber>${xmlText(`${e.id}-${a.question.replace(':', '-')}`)}</idnumber>`,
  ];
  if (a.type === 'amount') {
    return [
      '  <question type="numerical">', ...head,
      `    <answer fraction="100" format="moodle_auto_format"><text>${xmlText(a.value)}</text><tolerance>${EXPORT.tolerance}</tolerance><feedback format="html"><text></text></feedback></answer>`,
      '    <unitgradingtype>0</unitgradingtype>', '    <unitpenalty>0.1000000</unitpenalty>', '    <showunits>3</showunits>', '    <unitsleft>0</unitsleft>',
      '  </question>',
    ].join('\n');
  }
  return [
    '  <question type="multichoice">', ...head,
    '    <single>true</single>', '    <shuffleanswers>true</shuffleanswers>', '    <answernumbering>abc</answernumbering>',
    ...a.options.map((o) => `    <answer fraction="${o === a.value ? '100' : '0'}" format="html"><text>${cdata(xmlText(choiceText(o)))}</text><feedback format="html"><text></text></feedback></answer>`),
    '  </question>',
  ].join('\n');
}

/** Moodle XML (question bank import): one question per question of each exercise, in one category. */
export function toMoodleXml(exercises: readonly ExportExercise[]): string {
  const category = `  <question type="category">\n    <category><text>$course$/${xmlText(EXPORT.category)}</text></category>\n  </question>`;
  const questions = exercises.flatMap((e) => e.answers.map((a, i) => moodleQuestion(e, a, i + 1)));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${[category, ...questions].join('\n')}\n</quiz>\n`;
}

/** GIFT's special characters, escaped with a backslash wherever text is written. */
export const giftEscape = (s: string) => s.replace(/[\\~=#{}:]/g, (c) => `\\${c}`);

function giftQuestion(e: ExportExercise, a: ExpectedAnswer, n: number): string {
  const text = `${e.story.join(' ')} ${ESERCIZI.question[a.question]}`;
  const feedback = whyOf(a).map((w) => `${w.text} (${EXPORT.source}: ${w.source})`).join(' ');
  const answer = a.type === 'amount'
    ? `#${a.value}:${EXPORT.tolerance}`
    : a.options.map((o) => `${o === a.value ? '=' : '~'}${giftEscape(choiceText(o))}`).join(' ');
  return `// ${e.id}\n::${giftEscape(`${e.title} (${n})`)}::${giftEscape(text)} {${answer} ####${giftEscape(feedback)}}`;
}

/** GIFT: one question per question of each exercise, separated by a blank line. */
export function toGift(exercises: readonly ExportExercise[]): string {
  return `${exercises.flatMap((e) => e.answers.map((a, i) => giftQuestion(e, a, i + 1))).join('\n\n')}\n`;
}
