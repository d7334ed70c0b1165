import { describe, expect, test } from 'vitest';
import { FLOW, FLOW_AREAS } from '../../src/wizard/flows';
import { parseRoute } from '../../src/app/router';
import { checkFlow, reachableFrom, successors } from '../../src/wizard/graph';
import { instructionOf } from '../../src/wizard/instruction';
import { ENTRY_POINTS } from '../../src/wizard/step';
import type { Flow, ScreenName, Step, StepId, Text } from '../../src/wizard/types';

const CJK = /[\u4e00-\u9fff]/;
const HEX = /0x[0-9a-f]+|\b[0-9A-F]{2}(?: [0-9A-F]{2})+\b/i;

/** Every text a merchant sees without opening "details". */
function visibleTexts(step: Step): Text[] {
  const texts: Text[] = [step.title];
  if ('body' in step && step.body) texts.push(step.body);
  if (step.kind === 'question') texts.push(...step.choices.map((choice) => choice.label));
  return texts;
}

/** Whether the app has the screen (an unknown route name falls back to home). */
const screenExists = (screen: ScreenName) => parseRoute(`#/${screen}`).name === screen;

/** The words of each app screen in instruction text. Settings screens are named only by a step's screen hop. */
const SCREEN_WORDS: Record<ScreenName, RegExp[]> = {
  settings: [/\bSettings\b/, /在设置里|设置页|“设置”/],
  printer: [/printer settings/i, /打印机设置/],
  faults: [/fault log/i, /故障记录/],
  virtual: [/virtual printer/i, /虚拟打印机/],
};
const OPTION_SCREENS: readonly ScreenName[] = ['settings', 'printer'];

/** Which steps lead into each step. */
function predecessors(flow: Flow): Map<StepId, StepId[]> {
  const from = new Map<StepId, StepId[]>();
  for (const [id, step] of Object.entries(flow)) {
    for (const target of successors(step)) from.set(target, [...(from.get(target) ?? []), id]);
  }
  return from;
}

/** Every fixed end and the steps that lead into it. */
function fixedEnds(flow: Flow): [StepId, StepId[]][] {
  const from = predecessors(flow);
  return Object.entries(flow)
    .filter(([, step]) => step.kind === 'end' && step.result === 'fixed')
    .map(([id]) => [id, from.get(id) ?? []]);
}

/**
 * Fixed ends reachable from `start` with no test page printed and no fault seen: test-print checks stop the
 * search, and status checks are followed only where they find the printer ready.
 */
function fixedUnseen(flow: Flow, start: StepId): StepId[] {
  const seen = new Set<StepId>();
  const found: StepId[] = [];
  const queue = [start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const step = flow[id];
    if (!step || seen.has(id)) continue;
    seen.add(id);
    if (step.kind === 'check' && step.check === 'test-print') continue;
    if (step.kind === 'end' && step.result === 'fixed') found.push(id);
    queue.push(...(step.kind === 'check' && step.check === 'status' ? [step.on.ready] : successors(step)));
  }
  return found;
}

describe('no victory without proof', () => {
  test('every fixed end is entered only straight after the live check it names, or a question about the page just printed', () => {
    const ends = fixedEnds(FLOW);
    expect(ends.length).toBeGreaterThan(5);
    const from = predecessors(FLOW);
    const unproven: string[] = [];
    for (const [id, sources] of ends) {
      const end = FLOW[id]!;
      if (end.kind !== 'end' || end.result !== 'fixed') continue;
      expect([id, ['status', 'test-print', 'network'].includes(end.proof)]).toEqual([id, true]);
      for (const source of sources) {
        const step = FLOW[source]!;
        const live = step.kind === 'check' && step.check === end.proof;
        // A merchant's "it printed fine" counts only about a test page the app has just printed.
        const confirmed =
          end.proof === 'test-print' &&
          step.kind === 'question' &&
          step.confirms === 'test-print' &&
          (from.get(source) ?? []).every((before) => {
            const prior = FLOW[before]!;
            return prior.kind === 'check' && prior.check === 'test-print';
          });
        if (!live && !confirmed) unproven.push(`${source} → ${id}`);
      }
    }
    expect(unproven).toEqual([]);
  });

  test('no run begins at a fixed end, and no instruction steps straight into one', () => {
    for (const id of ENTRY_POINTS) expect([id, FLOW[id]!.kind]).not.toEqual([id, 'end']);
    for (const [id, step] of Object.entries(FLOW)) {
      if (step.kind !== 'fix') continue;
      const target = FLOW[step.then]!;
      expect([id, target.kind === 'end' && target.result === 'fixed']).toEqual([id, false]);
    }
  });

  test('nothing came out of the test page but the self-test page prints: no fixed end without a new test page or a fault seen', () => {
    const asked = FLOW['test-print-ask']!;
    if (asked.kind !== 'question') throw new Error('test-print-ask is a question');
    const selfTest = FLOW[asked.choices.find((choice) => choice.id === 'nothing')!.next]!;
    if (selfTest.kind !== 'question') throw new Error('the self-test step is a question');
    const printed = selfTest.choices.find((choice) => /self-test page/.test(choice.label.en))!;
    expect(fixedUnseen(FLOW, printed.next)).toEqual([]);
    expect([...reachableFrom(FLOW, [printed.next])]).toContain('end-connection-still-broken');
  });

  test('the network is proven by a request, not assumed: its fixed end follows only network checks', () => {
    const [, sources] = fixedEnds(FLOW).find(([id]) => id === 'end-network-ok')!;
    expect(sources.map((id) => FLOW[id]!.kind === 'check' && FLOW[id]!.check)).toEqual(
      sources.map(() => 'network'),
    );
  });

  test('every instruction names only screens the app has; settings are named only by a screen hop', () => {
    const wrong: string[] = [];
    for (const [id, step] of Object.entries(FLOW)) {
      const shown = [...visibleTexts(step), ...(step.kind === 'fix' && step.details ? [step.details] : [])];
      const hop = step.kind === 'fix' ? instructionOf(step, screenExists) : null;
      if (hop?.link) shown.push(hop.body, hop.link.label);
      for (const text of shown) {
        for (const [screen, words] of Object.entries(SCREEN_WORDS) as [ScreenName, RegExp[]][]) {
          if (!words.some((word) => word.test(text.en) || word.test(text.zh))) continue;
          const viaHop = hop?.link?.screen === screen && (text === hop.body || text === hop.link.label);
          if (!screenExists(screen)) wrong.push(`${id}: ${screen} does not exist`);
          else if (OPTION_SCREENS.includes(screen) && !viaHop) wrong.push(`${id}: names ${screen} in prose`);
        }
      }
      if (step.kind === 'fix' && step.hop) {
        const body = step.hop.body;
        const words = SCREEN_WORDS[step.hop.screen];
        const named = words.some((word) => word.test(body.en)) && words.some((word) => word.test(body.zh));
        if (!named) wrong.push(`${id}: its hop does not name ${step.hop.screen}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('a screen hop shows only when its screen exists, and then with a link to it', () => {
    const step = FLOW['codepage-fix']!;
    if (step.kind !== 'fix' || !step.hop) throw new Error('codepage-fix has a screen hop');
    expect(instructionOf(step, () => false)).toEqual({ body: step.body, link: null });
    expect(instructionOf(step, (screen) => screen === step.hop!.screen)).toEqual({
      body: step.hop.body,
      link: { screen: step.hop.screen, label: step.hop.link },
    });
    expect(instructionOf(step, screenExists).link !== null).toBe(screenExists(step.hop.screen));
  });
});

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
      // A payment that matches is nothing to fix: that branch ends "carry on" rather than "fixed".
      const good = name === 'charged twice or not at all' ? 'carry-on' : 'fixed';
      expect([name, results.has(good), results.has('still-broken')]).toEqual([name, true, true]);
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
      c: { kind: 'end', result: 'fixed', proof: 'network', title: { zh: '好', en: 'c' } },
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
        { kind: 'unproven-fix', step: 'c', from: 'b' },
        { kind: 'watch-without-recheck', step: 'd' },
      ]),
    );
    expect(checkFlow(broken, ['a'])).toHaveLength(7);
  });
});
