import { describe, expect, test } from 'vitest';
import { initialLang } from '../../src/app/i18n';
import { parseRoute, hrefFor } from '../../src/app/router';

describe('language choice', () => {
  test('a stored choice wins over the browser languages', () => {
    expect(initialLang('en', ['zh-CN'])).toBe('en');
    expect(initialLang('zh', ['en-US'])).toBe('zh');
  });
  test('without a stored choice, the first Chinese or English browser language picks', () => {
    expect(initialLang(null, ['zh-TW', 'en'])).toBe('zh');
    expect(initialLang(null, ['fr-FR', 'en-GB', 'zh'])).toBe('en');
    expect(initialLang(null, ['fr-FR'])).toBe('en');
  });
  test('an unknown stored value is ignored', () => {
    expect(initialLang('de', ['zh-Hans-CN'])).toBe('zh');
  });
});

describe('hash routes', () => {
  test('known routes parse with their query; anything else is home', () => {
    expect(parseRoute('#/faults').name).toBe('faults');
    expect(parseRoute('#/print?receipt=ABC').params.get('receipt')).toBe('ABC');
    expect(parseRoute('').name).toBe('home');
    expect(parseRoute('#/nope').name).toBe('home');
  });
  test('hrefFor builds what parseRoute reads back', () => {
    const href = hrefFor('print', { receipt: 'X Y' });
    expect(parseRoute(href).params.get('receipt')).toBe('X Y');
  });
});
