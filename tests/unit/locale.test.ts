import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/core/answers.js';
import { scoreAnswers } from '../../src/core/score.js';
import { parseQuestionSet } from '../../src/io/load.js';
import { renderResultText } from '../../src/render/result-text.js';
import { localeOf } from '../../src/messages/locale.js';
import { defineCatalogue, translator } from '../../src/messages/translate.js';

describe('Locale', () => {
  it('writes numbers, shares, days and lists as each language does', () => {
    const nl = localeOf('nl');
    const en = localeOf('en');
    expect([nl.number(37.5), en.number(37.5)]).toEqual(['37,5', '37.5']);
    expect([nl.number(12), nl.number(1234), nl.number(12345)]).toEqual(['12', '1234', '12.345']);
    expect([nl.percent(0.375), en.percent(0.375)]).toEqual(['38%', '38%']);
    expect([nl.date('2026-03-02'), en.date('2026-03-02')]).toEqual(['2 maart 2026', '2 March 2026']);
    expect(nl.date('gisteren')).toBe('gisteren');
    expect([nl.list(['a', 'b', 'c']), en.list(['a', 'b', 'c'])]).toEqual(['a, b en c', 'a, b and c']);
    expect([nl.plural(1), nl.plural(0), nl.plural(2), en.plural(1)]).toEqual(['one', 'other', 'other', 'one']);
  });

  it('is one value per language, so a later English run never sees Dutch settings', () => {
    expect(localeOf('nl')).toBe(localeOf('nl'));
    expect(localeOf('en').lang).toBe('en');
  });
});

describe('translator', () => {
  const catalogue = defineCatalogue(() => ({
    nl: {
      'questions.one': '{count} vraag',
      'questions.other': '{count} vragen',
      mean: 'gemiddeld {mean}',
      port: 'poort {port}',
    },
    en: {
      'questions.one': '{count} question',
      'questions.other': '{count} questions',
      mean: 'mean {mean}',
      port: 'port {port}',
    },
  }));
  const t = translator(catalogue);

  it('picks the plural form from {count} with Intl.PluralRules', () => {
    expect([0, 1, 2].map((count) => t('nl', 'questions', { count }))).toEqual(['0 vragen', '1 vraag', '2 vragen']);
    expect([1, 12].map((count) => t('en', 'questions', { count }))).toEqual(['1 question', '12 questions']);
  });

  it('writes a decimal number with the decimal comma in Dutch, and whole numbers (ports, lines) as they are', () => {
    expect(t('nl', 'mean', { mean: 37.5 })).toBe('gemiddeld 37,5');
    expect(t('en', 'mean', { mean: 37.5 })).toBe('mean 37.5');
    expect(t('nl', 'port', { port: 54321 })).toBe('poort 54321');
  });

  it('takes keys from data loosely, giving the key back when the catalogue lacks it', () => {
    expect(t.loose('en', 'questions', { count: 3 })).toBe('3 questions');
    expect(t.loose('en', 'no-such-code')).toBe('no-such-code');
  });

  it('makes its texts only when the first is asked for', () => {
    let made = 0;
    const lazy = translator(
      defineCatalogue(() => {
        made += 1;
        return { nl: { hallo: 'hallo' }, en: { hallo: 'hello' } };
      }),
    );
    expect(made).toBe(0);
    expect([lazy('nl', 'hallo'), lazy('en', 'hallo')]).toEqual(['hallo', 'hello']);
    expect(made).toBe(1);
  });

  it('is a compile error when a language lacks a key or has one too many', () => {
    // @ts-expect-error: en lacks "b"
    defineCatalogue(() => ({ nl: { a: 'A', b: 'B' }, en: { a: 'A' } }));
    // @ts-expect-error: en has a key Dutch does not
    defineCatalogue(() => ({ nl: { a: 'A' }, en: { a: 'A', c: 'C' } }));
    // @ts-expect-error: no such key
    expect(t('nl', 'nope')).toBe('nope');
  });
});

describe('plurals where a set has a single question', () => {
  const set = parseQuestionSet(
    `
id: een
version: 1.0.0
title: Eén vraag
scales:
  ja-nee:
    options:
      - { id: nee, value: 0, label: Nee }
      - { id: ja, value: 1, label: Ja }
levels:
  - { min: 0, max: 49, label: Laag, text: laag }
  - { min: 50, max: 100, label: Hoog, text: hoog }
themes:
  - { id: t, title: T, advice: [{ min: 0, max: 100, label: Alles, text: alles }] }
questions:
  - { id: q, theme: t, text: Q, scale: ja-nee }
`,
    'een.yaml',
  );
  const result = scoreAnswers(
    set,
    checkAnswers(set, { questionSet: 'een', version: '1.0.0', respondent: null, date: null, answers: { q: 'ja' } })
      .answers,
  );
  const render = (lang: 'nl' | 'en') =>
    renderResultText(result, {
      locale: localeOf(lang),
      title: 'Eén vraag',
      color: new Chalk({ level: 0 }),
      unicode: true,
      width: 80,
    });

  it('says the one question is answered, never "Alle 1 vragen"', () => {
    expect(render('nl')).toContain('De vraag is beantwoord.');
    expect(render('en')).toContain('The question is answered.');
    expect(render('nl')).not.toMatch(/\b1 vragen|\b1 questions/);
  });
});
