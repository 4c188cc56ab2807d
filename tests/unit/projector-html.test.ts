import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/core/answers.js';
import { groupStats } from '../../src/core/group-stats.js';
import { labelParticipants } from '../../src/core/participants.js';
import { scoreAnswers } from '../../src/core/score.js';
import { parseQuestionSet } from '../../src/io/load.js';
import { renderProjectorLive, renderProjectorPage, type ProjectorView } from '../../src/render/projector-html.js';
import { wordGroupStats } from '../../src/render/worded.js';
import { localeOf } from '../../src/messages/locale.js';

// A question set whose texts try to break out of the page: they must stay text.
const SET = `
id: demo
version: 1.0.0
title: "Demo </script><script>alert(1)</script>"
scales:
  f:
    options:
      - { id: a, value: 0, label: "Nooit <b>" }
      - { id: c, value: 2, label: Altijd }
levels:
  - { min: 0, max: 49, label: Laag, text: laag }
  - { min: 50, max: 100, label: Hoog, text: hoog }
themes:
  - { id: t1, title: "Thema <img src=x onerror=alert(1)>", advice: [{ min: 0, max: 100, label: Alles, text: t }] }
questions:
  - { id: q1, theme: t1, text: "Vraag \\"een\\" </style>", scale: f }
  - { id: q2, theme: t1, text: Vraag twee, scale: f }
`;
const set = parseQuestionSet(SET, 'demo.yaml');

function view(respondents: string[], minGroup = 3): ProjectorView {
  const results = respondents.map((respondent, i) =>
    scoreAnswers(
      set,
      checkAnswers(set, {
        questionSet: 'demo',
        version: '1.0.0',
        respondent,
        answers: { q1: i % 2 === 0 ? 'a' : 'c', q2: 'c' },
        notes: { q1: 'geheime notitie' },
      }).answers,
    ),
  );
  const stats =
    results.length >= minGroup
      ? wordGroupStats(groupStats(set, labelParticipants(results, false), { named: false }), localeOf('nl'))
      : null;
  return { count: results.length, minGroup, stats, lang: 'nl' };
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('projector page', () => {
  it('shows no group figure below the minimum, only how many are still needed', () => {
    const html = renderProjectorLive(view(['Anna', 'Bram']));
    expect(html).toBe(
      '<p class="waiting">Het groepsbeeld verschijnt vanaf 3 antwoorden, zodat niemand te herkennen is. Nog 1 te gaan.</p>',
    );
  });

  it('shows the report sections from the minimum on, without names or notes', () => {
    const html = renderProjectorLive(view(['Anna Geheim', 'Bram Geheim', 'Carla Geheim']));
    for (const id of ['themes', 'starters', 'overall', 'questions']) expect(html).toContain(`id="${id}"`);
    expect(html).not.toContain('id="participants"');
    expect(html).not.toMatch(/Geheim|geheime notitie/);
    expect(html).not.toMatch(/<img|<script|<\/style>/);
    expect(html).toContain('Thema &lt;img src=x onerror=alert(1)&gt;');
  });

  it('allows exactly its own style and script by hash, and nothing else', () => {
    const html = renderProjectorPage(view(['A', 'B', 'C']), {
      title: 'Demo </script><script>alert(1)</script>',
      joinUrl: 'http://192.168.1.20:8470/s/abcdefghjk/',
      joinQrSvg: '<svg></svg>',
    });
    const csp =
      /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? '';
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(csp).toContain(`style-src ${sha256(style)};`);
    expect(csp).toContain(`script-src ${sha256(script)};`);
    expect(csp).toMatch(/^default-src 'none'; /);
    expect(csp).toContain("connect-src 'self'");
    // One script element only: the title's "</script><script>" is text.
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain('Demo &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('http://192.168.1.20:8470/s/abcdefghjk/');
    expect(html).toContain('<p class="count" id="count" aria-live="polite">3 antwoorden</p>');
  });
});
