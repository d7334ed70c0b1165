import { describe, expect, test } from 'vitest';
import { FLOW, FLOW_AREAS } from '../../src/wizard/flows';
import { checkFlow, reachableFrom, successors } from '../../src/wizard/graph';
import { ENTRY_POINTS } from '../../src/wizard/step';
import type { Flow, Step, Text } from '../../src/wizard/types';

const CJK = /[\u4e00-\u9fff]/;
const HEX = /0x[0-9a-f]+|\b[0-9A-F]{2}(?: [0-9A-F]{2})+\b/i;

/** Every text a merchant sees without opening "details". */
function visibleTexts(step: Step): Text[] {
  const texts: Text[] = [step.title];
  if ('body' in step && step.body) texts.push(step.body);
  if (step.kind === 'question') texts.push(...step.choices.map((choice) => choice.label));
  return texts;
}

describe('flow graph', () => {
  test('the assembled flow has no dangling route, unreachable step, dead end, check-only loop or unrouted outcome', () => {
    expect(checkFlow(FLOW, ENTRY_POINTS)).toEqual([]);
  });

  test('every step, including every end, is reachable from the symptom list alone', () => {
    const reachable = reachableFrom(FLOW, ['symptom']);
    expect(Object.keys(FLOW).filter((id) => !reachable.has(id))).toEqual([]);
  });

  test('no step id is defined by two areas', () => {
    const counts = new Map<string, number>();
    for (const area of Object.values(FLOW_AREAS)) {
      for (const id of Object.keys(area)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    expect([...counts].filter(([, count]) => count > 1)).toEqual([]);
  });

  test('every still-broken end is reachable and the flow has both kinds of end', () => {
    const ends = Object.values(FLOW).filter((step) => step.kind === 'end');
    expect(ends.some((end) => end.kind === 'end' && end.result === 'fixed')).toBe(true);
    expect(ends.some((end) => end.kind === 'end' && end.result === 'still-broken')).toBe(true);
  });

  test('the required branches exist and each leads to a fixed end and to a still-broken end', () => {
    const branches: Record<string, string> = {
      'no power / flat battery / power supply': 'power-ask',
      'cable or USB port': 'cable-fix',
      'printer not found (browser, https)': 'browser-check',
      'Windows driver (WinUSB / COM)': 'windows-driver-fix',
      'Linux usblp / udev': 'linux-driver-fix',
      'Android OTG': 'android-otg-fix',
      'serial baud / flow control': 'baud-check',
      'paper out': 'paper-out-fix',
      'paper near end': 'near-end-fix',
      'paper the wrong way round': 'paper-flip-fix',
      'paper jam': 'jam-fix',
      'cover open': 'cover-fix',
      'cutter jam': 'cutter-fix',
      overheated: 'heat-fix',
      'offline / error lights': 'offline-fix',
      'garbled Chinese': 'garbled-test',
      'half a receipt': 'half-transport',
      'charged twice or not at all': 'payment-ask',
      'network outage': 'network-check',
      'silent printer': 'silent-fix',
    };
    for (const [name, id] of Object.entries(branches)) {
      const reachable = [...reachableFrom(FLOW, [id])].map((other) => FLOW[other]!);
      const results = new Set(reachable.flatMap((step) => (step.kind === 'end' ? [step.result] : [])));
      expect([name, [...results].sort()]).toEqual([name, ['fixed', 'still-broken']]);
    }
  });

  test('every fix step that watches for its fix is followed by a check, so the app verifies it', () => {
    const watching = Object.entries(FLOW).filter(([, step]) => step.kind === 'fix' && step.watch);
    expect(watching.length).toBeGreaterThan(8);
    for (const [id, step] of watching) {
      expect([id, FLOW[successors(step)[0]!]!.kind]).toEqual([id, 'check']);
    }
  });

  test('every text is written in both languages, and Chinese text is Chinese', () => {
    for (const [id, step] of Object.entries(FLOW)) {
      const texts = [...visibleTexts(step), ...(step.kind === 'fix' && step.details ? [step.details] : [])];
      for (const text of texts) {
        expect([id, text.en.trim().length > 0, CJK.test(text.zh)]).toEqual([id, true, true]);
      }
    }
  });

  test('no byte values appear in what the merchant sees outside "details"', () => {
    for (const [id, step] of Object.entries(FLOW)) {
      for (const text of visibleTexts(step)) {
        expect([id, HEX.test(text.en) || HEX.test(text.zh)]).toEqual([id, false]);
      }
    }
  });

  test('the graph check reports each kind of mistake in a broken flow', () => {
    const broken: Flow = {
      a: { kind: 'check', check: 'network', title: { zh: '查', en: 'a' }, on: { online: 'b', offline: 'a' } },
      b: {
        kind: 'question',
        title: { zh: '问', en: 'b' },
        choices: [
          { id: 'x', label: { zh: '是', en: 'x' }, next: 'c' },
          { id: 'x', label: { zh: '否', en: 'x' }, next: 'missing' },
        ],
      },
      c: { kind: 'end', result: 'fixed', confirmedBy: 'check', title: { zh: '好', en: 'c' } },
      d: {
        kind: 'fix',
        title: { zh: '修', en: 'd' },
        body: { zh: '修', en: 'd' },
        watch: { check: 'network', until: ['online'] },
        then: 'd',
      },
    };
    expect(checkFlow(broken, ['a'])).toEqual(
      expect.arrayContaining([
        { kind: 'check-loop', steps: ['a'] },
        { kind: 'dangling', step: 'b', target: 'missing' },
        { kind: 'dead-end', step: 'd' },
        { kind: 'duplicate-choice', step: 'b', choice: 'x' },
        { kind: 'unreachable', step: 'd' },
        { kind: 'unverified-fix', step: 'c', from: 'b' },
        { kind: 'watch-without-recheck', step: 'd' },
      ]),
    );
    expect(checkFlow(broken, ['a'])).toHaveLength(7);
  });
});
