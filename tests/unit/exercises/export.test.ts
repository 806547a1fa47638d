/**
 * Issue 13: the exports for trainers, read back by small parsers written here: Moodle XML must be
 * well-formed and have the structure of Moodle's question format (quiz > question, numerical with a
 * tolerance of one cent, multichoice with exactly one right answer); GIFT must parse back, question by
 * question, to the same text, title and answers (special characters ~ = # { } : escaped).
 */
import { describe, expect, it } from 'vitest';
import { toGift, toMoodleXml, giftEscape, type ExportExercise } from '../../../src/copy/esercizi-export.ts';
import { choiceText } from '../../../src/copy/esercizi-correzione.ts';
import { ESERCIZI } from '../../../src/copy/esercizi.ts';
import { generateExercises } from '../../../src/domain/exercises/generator.ts';
import { LEVELS } from '../../../src/domain/exercises/kinds.ts';
import { runCommand } from '../../../src/cli/run.ts';

const TODAY = '2026-11-21';

function set(seed: number): ExportExercise[] {
  return LEVELS.flatMap((level) => generateExercises({ seed, count: 6, level, today: TODAY }))
    .map((g, i) => ({ id: g.id, title: `Caso {${i}}: prova ~ = # tutto`, story: [`Storia ${i}: <b>&</b> ]]> {a} ~b =c #d`], answers: g.answers }));
}

// ---------------------------------------------------------------- a small XML reader: elements, text, CDATA

interface XmlElement { name: string; attrs: Record<string, string>; children: XmlElement[]; text: string }

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Parses well-formed XML or throws saying where it is not. */
function parseXml(xml: string): XmlElement {
  let i = 0;
  const fail = (why: string): never => { throw new Error(`XML non ben formato a ${i}: ${why}`); };
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2;
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  while (i < xml.length) {
    const top = stack[stack.length - 1] ?? fail('stack');
    if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i);
      if (end < 0) fail('CDATA non chiuso');
      top.text += xml.slice(i + 9, end);
      i = end + 3;
    } else if (xml.startsWith('</', i)) {
      const end = xml.indexOf('>', i);
      const name = xml.slice(i + 2, end).trim();
      if (top.name !== name) fail(`chiusura </${name}> dentro <${top.name}>`);
      stack.pop();
      i = end + 1;
    } else if (xml[i] === '<') {
      const end = xml.indexOf('>', i);
      if (end < 0) fail('tag non chiuso');
      const raw = xml.slice(i + 1, end);
      const selfClosing = raw.endsWith('/');
      const m = /^([A-Za-z_][\w.-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*\/?$/.exec(raw);
      if (!m) fail(`tag non valido <${raw}>`);
      const attrs: Record<string, string> = {};
      for (const a of (m?.[2] ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)) {
        if (a[1] && a[1] in attrs) fail(`attributo ripetuto ${a[1]}`);
        attrs[a[1] ?? ''] = decode(a[2] ?? '');
      }
      const el: XmlElement = { name: m?.[1] ?? '', attrs, children: [], text: '' };
      top.children.push(el);
      if (!selfClosing) stack.push(el);
      i = end + 1;
    } else {
      const end = xml.indexOf('<', i) < 0 ? xml.length : xml.indexOf('<', i);
      const text = xml.slice(i, end);
      if (/&(?!(lt|gt|amp|quot|apos);)/.test(text)) fail('& non codificato');
      top.text += decode(text);
      i = end;
    }
  }
  if (stack.length !== 1) fail(`elementi non chiusi: ${stack.map((e) => e.name).join(' > ')}`);
  const [doc] = root.children;
  if (root.children.length !== 1 || !doc) fail('serve un solo elemento radice');
  return doc ?? fail('radice');
}

const child = (e: XmlElement, name: string) => e.children.find((c) => c.name === name);
const textOf = (e: XmlElement | undefined) => (e ? (child(e, 'text')?.text ?? '') : '');

describe('Moodle XML', () => {
  const exercises = set(21);
  const xml = toMoodleXml(exercises);
  const quiz = parseXml(xml);
  const questions = quiz.children.filter((q) => q.attrs['type'] !== 'category');

  it('is well-formed, with a quiz of one category and one question per question asked', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(quiz.name).toBe('quiz');
    expect(quiz.children[0]?.attrs['type']).toBe('category');
    expect(questions).toHaveLength(exercises.reduce((n, e) => n + e.answers.length, 0));
  });

  it('numerical questions for amounts (tolerance of one cent), multichoice with one right answer for choices', () => {
    const answers = exercises.flatMap((e) => e.answers);
    questions.forEach((q, n) => {
      const a = answers[n];
      expect(a).toBeDefined();
      expect(q.name).toBe('question');
      expect(textOf(child(q, 'name'))).toMatch(/^Caso \{\d+\}: prova ~ = # tutto \(\d+\)$/);
      expect(textOf(child(q, 'questiontext'))).toContain('&lt;b&gt;&amp;&lt;/b&gt; ]]&gt;');
      expect(textOf(child(q, 'questiontext'))).toContain(ESERCIZI.question[a?.question ?? 'system'].replace(/'/g, "'"));
      expect(textOf(child(q, 'generalfeedback'))).toMatch(/Fonte: /);
      const options = q.children.filter((c) => c.name === 'answer');
      if (a?.type === 'amount') {
        expect(q.attrs['type']).toBe('numerical');
        expect(options).toHaveLength(1);
        expect(options[0]?.attrs['fraction']).toBe('100');
        expect(textOf(options[0])).toBe(a.value);
        expect(child(options[0] ?? q, 'tolerance')?.text).toBe('0.01');
      } else {
        expect(q.attrs['type']).toBe('multichoice');
        expect(child(q, 'single')?.text).toBe('true');
        expect(options.map((o) => textOf(o))).toEqual(a?.options.map(choiceText));
        expect(options.filter((o) => o.attrs['fraction'] === '100').map((o) => textOf(o))).toEqual([choiceText(a?.value ?? '')]);
        expect(options.filter((o) => o.attrs['fraction'] === '0')).toHaveLength(options.length - 1);
      }
    });
  });

  it('the reader itself refuses what is not well-formed', () => {
    expect(() => parseXml('<quiz><question></quiz>')).toThrow(/non ben formato/);
    expect(() => parseXml('<quiz>a & b</quiz>')).toThrow(/& non codificato/);
    expect(() => parseXml('<quiz><![CDATA[x</quiz>')).toThrow(/CDATA/);
  });
});

// ---------------------------------------------------------------- a GIFT reader (the subset we write)

interface GiftQuestion { title: string; text: string; answer: { kind: 'numerical'; value: string; tolerance: string } | { kind: 'choice'; right: string[]; wrong: string[] }; feedback: string }

/** Splits on unescaped occurrences of `chars`; returns pieces with their leading separator. */
function unescapeGift(s: string): string {
  if (/(^|[^\\])[~=#{}:]/.test(s.replace(/\\\\/g, ''))) throw new Error(`carattere speciale non protetto in: ${s}`);
  return s.replace(/\\([\\~=#{}:])/g, '$1');
}

function indexUnescaped(s: string, ch: string, from = 0): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') { i++; continue; }
    if (s[i] === ch) return i;
  }
  return -1;
}

function parseGift(text: string): GiftQuestion[] {
  return text.split(/\n\s*\n/).filter((b) => b.trim() !== '').map((block) => {
    const line = block.split('\n').filter((l) => !l.startsWith('//')).join('\n').trim();
    if (!line.startsWith('::')) throw new Error(`manca il titolo: ${line}`);
    const titleEnd = line.indexOf('::', 2);
    let t = 2;
    let end = -1;
    while (t < line.length) { if (line[t] === '\\') { t += 2; continue; } if (line.startsWith('::', t)) { end = t; break; } t++; }
    if (titleEnd < 0 || end < 0) throw new Error('titolo non chiuso');
    const title = unescapeGift(line.slice(2, end));
    const open = indexUnescaped(line, '{', end + 2);
    const close = indexUnescaped(line, '}', open + 1);
    if (open < 0 || close < 0 || close !== line.length - 1) throw new Error(`risposta non trovata o testo dopo la risposta: ${line}`);
    const questionText = unescapeGift(line.slice(end + 2, open).trim());
    const body = line.slice(open + 1, close);
    const fbAt = body.indexOf('####');
    const answers = (fbAt < 0 ? body : body.slice(0, fbAt)).trim();
    const feedback = fbAt < 0 ? '' : unescapeGift(body.slice(fbAt + 4));
    if (answers.startsWith('#')) {
      const [value = '', tolerance = ''] = answers.slice(1).split(':');
      if (!/^\d+(\.\d+)?$/.test(value) || !/^\d+(\.\d+)?$/.test(tolerance)) throw new Error(`risposta numerica non valida: ${answers}`);
      return { title, text: questionText, answer: { kind: 'numerical', value, tolerance }, feedback };
    }
    const right: string[] = [];
    const wrong: string[] = [];
    let current: { mark: string; text: string } | null = null;
    const flush = () => { if (current) (current.mark === '=' ? right : wrong).push(unescapeGift(current.text.trim())); };
    for (let k = 0; k < answers.length; k++) {
      const c = answers[k] ?? '';
      if (c === '\\') { if (current) current.text += c + (answers[k + 1] ?? ''); k++; continue; }
      if (c === '=' || c === '~') { flush(); current = { mark: c, text: '' }; continue; }
      if (!current) { if (c.trim() !== '') throw new Error(`testo fuori da una risposta: ${answers}`); continue; }
      current.text += c;
    }
    flush();
    return { title, text: questionText, answer: { kind: 'choice', right, wrong }, feedback };
  });
}

describe('GIFT', () => {
  const exercises = set(8);
  const gift = toGift(exercises);
  const parsed = parseGift(gift);
  const answers = exercises.flatMap((e) => e.answers.map((a, i) => ({ e, a, n: i + 1 })));

  it('round-trips every question: title, text, answers and feedback come back as written', () => {
    expect(parsed).toHaveLength(answers.length);
    parsed.forEach((q, k) => {
      const item = answers[k];
      if (!item) throw new Error('missing');
      const { e, a, n } = item;
      expect(q.title).toBe(`${e.title} (${n})`);
      expect(q.text).toBe(`${e.story.join(' ')} ${ESERCIZI.question[a.question]}`);
      expect(q.feedback).toMatch(/Fonte: /);
      if (a.type === 'amount') expect(q.answer).toEqual({ kind: 'numerical', value: a.value, tolerance: '0.01' });
      else expect(q.answer).toEqual({ kind: 'choice', right: [choiceText(a.value)], wrong: a.options.filter((o) => o !== a.value).map(choiceText) });
    });
  });

  it('escapes each special character', () => {
    expect(giftEscape('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h');
    expect(() => parseGift('::t::a: b {=x}')).toThrow(/non protetto/);
  });
});

describe('cig exercise', () => {
  const run = (...args: string[]) => runCommand(['exercise', ...args], () => '');

  it('prints generated exercises with their answers as JSON, the same for the same seed', () => {
    const a = run('--seed', '12', '--count', '3', '--level', 'avanzato', '--topic', 'lotti');
    expect(a.exitCode).toBe(0);
    expect(a).toEqual(run('--seed', '12', '--count', '3', '--level', 'avanzato', '--topic', 'lotti'));
    const out = JSON.parse(JSON.stringify(a.output));
    expect(out).toHaveLength(3);
    for (const e of out) {
      expect(e.topics).toContain('lotti');
      expect(e.questions.length).toBeGreaterThan(0);
      for (const q of e.questions) expect(q.why.length + (q.answer ? 1 : 0)).toBeGreaterThan(0);
    }
  });

  it('prints the Moodle and GIFT exports as text', () => {
    const moodle = run('--seed', '5', '--level', 'base', '--format', 'moodle');
    expect(typeof moodle.output).toBe('string');
    expect(parseXml(String(moodle.output)).name).toBe('quiz');
    const gift = run('--seed', '5', '--level', 'base', '--format', 'gift');
    expect(parseGift(String(gift.output)).length).toBeGreaterThan(0);
  });

  it.each([
    [['--level', 'base'], '--seed', /indica il seme/],
    [['--seed', '1', '--level', 'base', '--format', 'pdf'], '--format', /json, moodle oppure gift/],
    [['--seed', '1', '--level', 'base', '--count', '99'], '--count', /va da 1 a 50/],
    [['--seed', '1', '--level', 'base', '--colore'], '--colore', /opzione sconosciuta/],
    [['--seed', '1', '--level'], '--level', /manca il valore/],
  ])('refuses %j naming the flag, exit 2', (args, path, message) => {
    const r = run(...args);
    expect(r.exitCode).toBe(2);
    const body = JSON.parse(JSON.stringify(r.output));
    expect(body.error.code).toBe('INVALID_INPUT');
    expect(body.error.issues[0].path).toBe(path);
    expect(body.error.message).toMatch(message);
  });
});
