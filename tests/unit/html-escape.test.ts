import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/core/answers.js';
import { groupStats } from '../../src/core/group-stats.js';
import { labelParticipants } from '../../src/core/participants.js';
import { scoreAnswers } from '../../src/core/score.js';
import { parseQuestionSet } from '../../src/io/load.js';
import { escapeHtml } from '../../src/render/html-escape.js';
import { renderReportHtml } from '../../src/render/report-html.js';
import { wordGroupStats } from '../../src/render/worded.js';
import { localeOf } from '../../src/messages/locale.js';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text, attributes and SVG', () => {
    expect(escapeHtml(`<img src=x onerror=alert(1)>`)).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(`" onmouseover="alert(1)`)).toBe('&quot; onmouseover=&quot;alert(1)');
    expect(escapeHtml(`' autofocus onfocus='x`)).toBe('&#39; autofocus onfocus=&#39;x');
    expect(escapeHtml('Tom & Jerry')).toBe('Tom &amp; Jerry');
    expect(escapeHtml('</script><script>alert(1)</script>')).toBe(
      '&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;',
    );
  });

  it('does not escape twice, leaves other text alone and replaces NUL', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
    expect(escapeHtml('Mehmet Yılmaz — 100%')).toBe('Mehmet Yılmaz — 100%');
    expect(escapeHtml('a\u0000b')).toBe('a\ufffdb');
    expect(escapeHtml(42)).toBe('42');
  });
});

const SET = `
id: demo
version: 1.0.0
title: "Demo <b>set</b>"
scales:
  f:
    options:
      - { id: a, value: 0, label: "Nooit <i>" }
      - { id: b, value: 1, label: "Altijd \\" onload=\\"x" }
      - { id: x, unanswered: true, label: n.v.t. }
levels:
  - { min: 0, max: 49, label: Laag, text: laag }
  - { min: 50, max: 100, label: "Hoog'><svg onload=alert(1)>", text: hoog }
themes:
  - { id: t1, title: "T1 </text><script>alert(1)</script>", advice: [{ min: 0, max: 100, label: Alles, text: tekst }] }
questions:
  - { id: q1, theme: t1, text: "Q1 <style>body{display:none}</style>", scale: f }
  - { id: q2, theme: t1, text: Q2, scale: f }
`;

describe('renderReportHtml', () => {
  const set = parseQuestionSet(SET, 'demo.yaml');
  const hostile = '<img src=x onerror=alert(1)>';
  const results = [
    { respondent: hostile, answers: { q1: 'a', q2: 'b' }, notes: { q1: 'geheim </script><script>alert(1)</script>' } },
    { respondent: 'Anna', answers: { q1: 'b', q2: 'b' } },
    { respondent: 'Bram', answers: { q1: 'x', q2: 'a' } },
  ].map((file) => scoreAnswers(set, checkAnswers(set, { questionSet: 'demo', version: '1.0.0', ...file }).answers));
  const html = (named: boolean): string =>
    renderReportHtml({
      stats: wordGroupStats(groupStats(set, labelParticipants(results, named), { named }), localeOf('nl')),
      baseline: null,
      lang: 'nl',
      version: '0.0.0',
    });

  it('puts the Content-Security-Policy first in <head>, with no scripts and nothing to fetch', () => {
    const page = html(true);
    expect(page).toMatch(
      /^<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-[A-Za-z0-9+/=]+&#39;;/,
    );
    expect(page).not.toMatch(/<script/i);
    // No element with a source or link (escaped text such as "&lt;img src=x" is not an element).
    expect(page).not.toMatch(/<[a-z][^>]*\s(src|href|xlink:href)\s*=/i);
    expect(page).not.toMatch(/https?:/);
    expect(page).not.toMatch(/url\((?!#)/);
  });

  it('escapes every name and text, in content, attributes and SVG', () => {
    const page = html(true);
    // The heat map shortens long names; what is left is text.
    expect(page).toContain('>&lt;img src=x onerr…</text>');
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<svg onload');
    expect(page).not.toContain('<i>');
    expect(page).not.toContain('<b>set</b>');
    expect(page).toContain('T1 &lt;/text&gt;&lt;script&gt;');
    expect(page).toContain('Q1 &lt;style&gt;');
    expect(page).toContain('Altijd &quot; onload=&quot;x');
    // The only style element is the page's own; its hash is what the policy allows.
    expect(page.match(/<style>/g)).toHaveLength(1);
  });

  it('never shows notes, and names only with --names', () => {
    expect(html(true)).not.toContain('geheim');
    const anonymous = html(false);
    expect(anonymous).not.toContain('Anna');
    expect(anonymous).not.toContain('&lt;img');
    expect(anonymous).toContain('>P1<');
  });

  it('hashes exactly the style element it holds', async () => {
    const { createHash } = await import('node:crypto');
    const page = html(false);
    const css = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? '';
    const hash = createHash('sha256').update(css, 'utf8').digest('base64');
    expect(page).toContain(`style-src &#39;sha256-${hash}&#39;`);
  });
});
