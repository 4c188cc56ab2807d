import type { GroupStats } from '../core/group-stats.js';
import type { Lang } from '../core/text.js';
import { answersText, tSession } from '../messages/session.js';
import { escapeHtml as h } from './html-escape.js';
import { htmlPage } from './html-page.js';
import {
  overallSection,
  questionsSection,
  REPORT_CSS,
  reportCards,
  startersSection,
  themesSection,
} from './report-html.js';

// The projector page of `kantellat session`: the group report's own sections (report-html.ts)
// inside a frame that shows how to join and how many have answered. A small script listens to
// the server's live updates (server-sent events) and swaps in the new sections; the page is
// complete without it too. The Content-Security-Policy allows exactly its one style and one
// script (by hash) and a connection back to its own server, nothing else.

/** What the projector shows at one moment. `stats` is null while fewer than `minGroup` have answered. */
export interface ProjectorView {
  count: number;
  minGroup: number;
  stats: GroupStats<string> | null;
  lang: Lang;
}

const PROJECTOR_CSS = `
header.session { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center;
  gap: 0.6rem 2rem; }
header.session h1 { margin-top: 0.2em; }
header.session > div:first-child { flex: 1 1 22rem; }
.join { display: flex; gap: 1rem; align-items: center; background: var(--soft); border-radius: 12px;
  padding: 0.6rem 1rem; flex: 0 1 30rem; }
.join svg { width: 7.5rem; height: 7.5rem; flex: none; background: #ffffff; }
.join p { margin: 0; }
.join .address { font-size: 1.15rem; font-weight: 700; word-break: break-all; margin-top: 0.2em; }
.count { font-size: 2.6rem; font-weight: 800; line-height: 1.1; margin: 0.1em 0 0; }
.waiting { font-size: 1.5rem; background: var(--soft); border-left: 10px solid var(--accent); padding: 0.6em 1em;
  margin: 1.2rem 0; }
.status { color: var(--muted); min-height: 1.4em; }
`;

const SCRIPT = `
(() => {
  const live = document.getElementById('live');
  const count = document.getElementById('count');
  const status = document.getElementById('status');
  const source = new EventSource('events');
  source.addEventListener('update', (event) => {
    const view = JSON.parse(event.data);
    if (count.textContent !== view.count) count.textContent = view.count;
    live.innerHTML = view.html;
    status.textContent = '';
  });
  source.addEventListener('end', () => {
    status.textContent = status.dataset.ended;
    source.close();
  });
  source.onerror = () => {
    if (source.readyState !== EventSource.CLOSED) status.textContent = status.dataset.offline;
  };
})();
`;

/** The part that changes as answers arrive: nothing of the group before `minGroup` answers. */
export function renderProjectorLive(view: ProjectorView): string {
  const { stats, lang } = view;
  if (stats === null || view.count < view.minGroup) {
    const left = Math.max(0, view.minGroup - view.count);
    return `<p class="waiting">${h(tSession(lang, 'projector.waiting', { min: view.minGroup, left }))}</p>`;
  }
  return [
    '<main>',
    ...reportCards(stats, lang),
    ...themesSection(stats, lang),
    ...startersSection(stats, lang),
    ...overallSection(stats, lang),
    ...questionsSection(stats, lang),
    '</main>',
  ].join('\n');
}

/** The count as the page shows it. */
export function projectorCount(view: ProjectorView): string {
  return answersText(view.count, view.lang);
}

/**
 * The whole projector page. `joinUrl` and its QR code (`joinQrSvg`, an SVG made by the server
 * from that URL, not from anyone's input) tell the room how to join.
 */
export function renderProjectorPage(
  view: ProjectorView,
  options: { title: string; joinUrl: string; joinQrSvg: string },
): string {
  const { lang } = view;
  const css = `${REPORT_CSS}${PROJECTOR_CSS}`;
  const title = `${options.title} · ${tSession(lang, 'projector.title')}`;
  const body = [
    '<header class="session">',
    '<div>',
    `<h1>${h(title)}</h1>`,
    `<p class="count" id="count" aria-live="polite">${h(projectorCount(view))}</p>`,
    `<p class="note">${h(tSession(lang, 'projector.live'))}</p>`,
    // The page's script shows these texts when the live connection drops or the session ends.
    `<p class="status" id="status" role="status" data-offline="${h(tSession(lang, 'projector.offline'))}" ` +
      `data-ended="${h(tSession(lang, 'projector.ended'))}"></p>`,
    '</div>',
    '<div class="join">',
    `<div role="img" aria-label="${h(tSession(lang, 'projector.qr'))}">${options.joinQrSvg}</div>`,
    `<div><p>${h(tSession(lang, 'projector.join'))}</p><p class="address">${h(options.joinUrl)}</p></div>`,
    '</div>',
    '</header>',
    `<div id="live">${renderProjectorLive(view)}</div>`,
  ];
  return htmlPage({ lang, title, css, body, script: SCRIPT, connect: "'self'" });
}
