import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionSet } from '../../src/io/load.js';
import { renderFormPage } from '../../src/render/form-html.js';
import { localeOf } from '../../src/messages/locale.js';

const HOSTILE = join('tests', 'fixtures', 'form-hostile', 'questions.yaml');

function policyOf(html: string): string {
  const found = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  return (found?.[1] ?? '').replaceAll('&#39;', "'");
}

function hashOf(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

describe('renderFormPage', () => {
  it('allows exactly its own script and style, and no request, by its policy', async () => {
    const html = renderFormPage(await loadQuestionSet(), { locale: localeOf('nl') });
    expect(html.indexOf('<meta http-equiv="Content-Security-Policy"')).toBe(html.indexOf('<head>') + '<head>\n'.length);
    const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
    const style = /<style>([\s\S]*)<\/style>/.exec(html)?.[1] ?? '';
    expect(script.length).toBeGreaterThan(1000);
    expect(policyOf(html)).toBe(
      `default-src 'none'; script-src ${hashOf(script)}; style-src ${hashOf(style)}; connect-src 'none'; img-src 'none'; base-uri 'none'; form-action 'none'`,
    );
    // Built from the core, not rewritten: the page carries the flow's draft kind and check's words.
    expect(script).toContain('kantellat-check-draft');
    expect(script).toContain('Vraag {number} van {total} \\xB7 {theme}');
  });

  it('lets a session page send to its own server, or to the origin of an absolute address only', async () => {
    const set = await loadQuestionSet();
    expect(policyOf(renderFormPage(set, { locale: localeOf('nl'), submit: { url: '/s/abc/answers' } }))).toContain(
      "connect-src 'self';",
    );
    expect(
      policyOf(renderFormPage(set, { locale: localeOf('en'), submit: { url: 'http://127.0.0.1:8123/s/abc/answers' } })),
    ).toContain('connect-src http://127.0.0.1:8123;');
    expect(renderFormPage(set, { locale: localeOf('nl'), submit: { url: '/x' } })).toContain('"submit":{"url":"/x"}');
  });

  it('puts a hostile set into the page as data that cannot end its element', async () => {
    const html = renderFormPage(await loadQuestionSet(HOSTILE), { locale: localeOf('nl') });
    const data = /<script type="application\/json" id="kantellat-set">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(data).not.toMatch(/[<>\u2028]/);
    expect(JSON.parse(data).questions[0].text.nl).toBe('Vraag </script><script>alert(3)</script> "een"?');
    expect(html.match(/<script/g)).toHaveLength(3);
    expect(html).toContain('<title>Vijandig &lt;/title&gt;&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;</title>');
  });

  it('refuses a script that would end its own element', async () => {
    const set = await loadQuestionSet();
    expect(() => renderFormPage(set, { locale: localeOf('nl'), script: 'var a = "</script>"' })).toThrow(/<\/script/);
  });
});
