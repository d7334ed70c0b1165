import { describe, expect, test } from 'vitest';
import { FAULT_WORDS } from '../../src/app/fault-log/fault-words';
import { FLOW } from '../../src/wizard/flows';
import type { Text } from '../../src/wizard/types';

/** The sentence of `text` that says which way the roll goes (the one naming the bottom of the roll). */
function direction(text: string, lang: 'en' | 'zh'): string | undefined {
  const parts = lang === 'en' ? text.split(/(?<=\.)\s+/) : text.split(/(?<=。)/);
  return parts.find((part) => (lang === 'en' ? /bottom of the roll/ : /纸卷的下面/).test(part));
}

const bodyOf = (id: string): Text => {
  const step = FLOW[id]!;
  if (step.kind !== 'fix') throw new Error(`${id} is a fix step`);
  return step.body;
};

describe('loading paper: one truth', () => {
  test.each(['en', 'zh'] as const)(
    '(%s) the status area, the fault log and the wizard give the same direction for the roll',
    (lang) => {
      const said = [
        FAULT_WORDS['paper-out'][lang].todo,
        bodyOf('paper-out-fix')[lang],
        bodyOf('paper-flip-fix')[lang],
      ].map((text) => direction(text, lang));
      expect(said[0]).toBeDefined();
      expect(new Set(said)).toEqual(new Set([said[0]]));
      expect(said[0]).toMatch(lang === 'en' ? /facing the print head/ : /朝向打印头/);
    },
  );

  test('no word anywhere puts the paper "side down" or under the roll the other way', () => {
    const texts = [
      ...Object.values(FAULT_WORDS).flatMap((words) => [words.en.todo, words.zh.todo]),
      ...Object.values(FLOW).flatMap((step) =>
        'body' in step && step.body ? [step.body.en, step.body.zh] : [],
      ),
    ];
    expect(texts.filter((text) => /side down|朝下|top of the roll|纸卷的上面/.test(text))).toEqual([]);
  });

  test('the wizard shows the same drawing wherever the roll goes in', () => {
    const drawings = ['paper-out-fix', 'paper-flip-fix'].map((id) => FLOW[id]!);
    expect(drawings.map((step) => step.kind === 'fix' && step.illustration)).toEqual([
      'paper-loading',
      'paper-loading',
    ]);
  });
});
