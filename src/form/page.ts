// The script of the page `kantellat form` writes (src/render/form-html.ts embeds it; the build
// bundles it with esbuild for the browser). It runs the terminal's check flow (core/check-flow)
// with the browser as its `Ask`, scores with core/score and writes the answer file with the same
// writer as `check`: the page holds no rule of its own. Every text from the question set goes
// into the page as text (textContent), never as markup.
import type { Draft } from '../core/check-draft.js';
import {
  answersOfState,
  DRAFT_KIND,
  draftFits,
  draftOf,
  minutesFor,
  runCheckFlow,
  stateFromDraft,
  type Ask,
  type CheckState,
  type DraftMeta,
  type QuestionReply,
  type QuestionStep,
  type SummaryReply,
  type SummaryStep,
} from '../core/check-flow.js';
import { localDate } from '../core/local-date.js';
import { prepareQuestionSet, type PreparedSet } from '../core/prepare.js';
import type { QuestionSet } from '../core/question-set.js';
import { adviceSteps, scoreAnswers, type Consistency, type Result, type StepsResult } from '../core/score.js';
import { isLang, type Lang, type LocalizedText } from '../core/text.js';
import { localeOf, type Locale } from '../messages/locale.js';
import { optionColour } from '../core/tones.js';
import { tCheck } from '../messages/check.js';
import { tForm } from '../messages/form.js';
import { answersFileText } from '../render/answers-yaml.js';
import { consistencyNotice, gapSentence, openQuestionsSentence, openRangeLine, stepsLead } from '../messages/result.js';
import type { FormPageConfig, SubmitReply } from './contract.js';

type Params = Record<string, string | number>;

/** Thrown into a waiting screen when the person starts over: the flow ends and a new one begins. */
class Restart extends Error {}

const app = byId('app');
const config = readConfig();
const set: PreparedSet = prepareQuestionSet(readJson<QuestionSet>('kantellat-set'));
const languages: Lang[] = (set.source.languages ?? ['nl']).filter(isLang);
/** `anonymous: true` sets: no name is asked, stored or sent. */
const anonymous = set.source.anonymous === true;
const storageKey = `kantellat-form:${set.id}@${set.version}`;
const storage = openStorage();

let lang: Lang = readLang();
/** `lang` as a Locale: the set's texts and the shared result sentences are worded with it. */
let locale: Locale = localeOf(lang);
/** Draws the screen on show again (after a language switch). */
let redraw: () => void = () => undefined;
/** Ends the screen on show with an error (starting over). */
let abort: (error: Error) => void = () => undefined;
let respondent: string | null = null;
let started = new Date().toISOString();
/** The note typed on the question screen, handed to the flow when it asks for the note. */
let noteTyped = '';
let welcomeBack = false;
let firstWalk = true;
/** The response-style notice is shown once per walk through the questions, as in `check`. */
let consistencyAsked = false;

function byId(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`#${id} is missing`);
  return found;
}

function readJson<T>(id: string): T {
  // The renderer wrote this JSON from the set it loaded and checked (src/render/form-html.ts).
  const parsed: T = JSON.parse(byId(id).textContent ?? 'null');
  return parsed;
}

function readConfig(): FormPageConfig {
  return readJson<FormPageConfig>('kantellat-config');
}

const t = (key: string, params: Params = {}): string => tForm(lang, key, params);
const tc = (key: string, params: Params = {}): string => tCheck(lang, key, params);
const text = (value: LocalizedText): string => locale.text(value);

/** localStorage, or nothing where the browser refuses it (some private modes, some file: pages). */
function openStorage(): Storage | null {
  try {
    const probe = `${storageKey}:probe`;
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return null;
  }
}

function stored(key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function store(key: string, value: string | null): void {
  try {
    if (value === null) storage?.removeItem(key);
    else storage?.setItem(key, value);
  } catch {
    // A full or refused storage only means no draft: the page works on.
  }
}

function readLang(): Lang {
  const saved = stored(`${storageKey}:lang`);
  if (saved !== null && isLang(saved) && languages.includes(saved)) return saved;
  return config.lang;
}

// ---------------------------------------------------------------- building the page

type Child = Node | string | null | undefined | false;

/** An element with attributes and children; strings become text nodes, never markup. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child);
  }
  return node;
}

function button(
  label: string,
  onClick: () => void,
  className = 'secondary',
  attrs: Record<string, string> = {},
): HTMLButtonElement {
  const node = el('button', { type: 'button', class: className, ...attrs }, label);
  node.addEventListener('click', onClick);
  return node;
}

let firstScreen = true;

/**
 * Replaces the screen and moves the focus to its heading, so a screen reader says where we are.
 * Not on the first screen of a page just opened: there the reader starts at the top anyway, and
 * focusing would force a layout before the page has even painted (slow phones wait for it).
 */
function show(screen: string, ...children: Child[]): void {
  document.body.dataset['screen'] = screen;
  app.replaceChildren(
    ...children.filter((child): child is Node | string => child !== null && child !== undefined && child !== false),
  );
  const heading = app.querySelector('h2');
  if (heading !== null) heading.setAttribute('tabindex', '-1');
  if (firstScreen) {
    firstScreen = false;
    return;
  }
  heading?.focus();
  // A new screen starts at its top at once; smooth scrolling (on unless reduced motion is asked) would glide through
  // the old one.
  window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
}

/** Waits for the person on one screen; `draw` (re)builds it, also after a language switch. */
function screen<T>(draw: (done: (value: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let finished = false;
    const done = (value: T): void => {
      if (finished) return;
      finished = true;
      resolve(value);
    };
    redraw = () => draw(done);
    abort = (error) => {
      finished = true;
      reject(error);
    };
    draw(done);
  });
}

function header(): void {
  const title = text(set.title);
  document.title = title;
  document.documentElement.lang = lang;
  byId('title').textContent = title;
  const nav = byId('languages');
  if (languages.length < 2) {
    nav.hidden = true;
    return;
  }
  nav.hidden = false;
  nav.setAttribute('aria-label', t('page.language'));
  const names: Record<Lang, string> = { nl: 'Nederlands', en: 'English' };
  nav.replaceChildren(
    ...languages.map((code) => {
      const choice = button(names[code], () => switchLang(code), 'lang', {
        lang: code,
        'aria-pressed': String(code === lang),
      });
      return choice;
    }),
  );
}

function switchLang(code: Lang): void {
  if (code === lang) return;
  lang = code;
  locale = localeOf(code);
  store(`${storageKey}:lang`, code);
  header();
  redraw();
}

// ---------------------------------------------------------------- drafts

function meta(): DraftMeta {
  return { questionsFile: null, respondent, saveTo: null, withNotes: true, started };
}

let latest: CheckState | null = null;

function saveDraft(state: CheckState): void {
  latest = state;
  store(storageKey, JSON.stringify(draftOf(set, state, meta(), new Date().toISOString())));
}

function isTextRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((item) => typeof item === 'string')
  );
}

/** A draft from localStorage, checked by hand: the page carries no zod (see docs/form.md). */
function asDraft(value: unknown): Draft | null {
  if (typeof value !== 'object' || value === null) return null;
  const v: Record<string, unknown> = { ...value };
  const {
    questionSet,
    version,
    respondent: who,
    started: since,
    updated,
    phase,
    position,
    answers,
    notes,
    questionsFile,
    saveTo,
  } = v;
  if (v['kind'] !== DRAFT_KIND || typeof questionSet !== 'string' || typeof version !== 'string') return null;
  if (typeof since !== 'string' || typeof updated !== 'string') return null;
  if (phase !== 'questions' && phase !== 'summary') return null;
  if (typeof position !== 'number' || !Number.isInteger(position) || position < 0) return null;
  if (!isTextRecord(answers) || !isTextRecord(notes)) return null;
  if (who !== null && typeof who !== 'string') return null;
  return {
    kind: DRAFT_KIND,
    questionSet,
    version,
    questionsFile: typeof questionsFile === 'string' ? questionsFile : null,
    respondent: who,
    saveTo: typeof saveTo === 'string' ? saveTo : null,
    withNotes: true,
    started: since,
    updated,
    phase,
    position,
    answers,
    notes,
  };
}

function loadDraft(): CheckState | undefined {
  const raw = stored(storageKey);
  if (raw === null) return undefined;
  let draft: Draft | null = null;
  try {
    draft = asDraft(JSON.parse(raw));
  } catch {
    draft = null;
  }
  if (draft === null || !draftFits(set, draft)) return undefined;
  const restored = stateFromDraft(set, draft);
  if (!restored.ok) return undefined;
  respondent = anonymous ? null : draft.respondent;
  started = draft.started;
  latest = restored.state;
  return restored.state;
}

function clearDraft(): void {
  store(storageKey, null);
  latest = null;
  respondent = null;
  started = new Date().toISOString();
}

// ---------------------------------------------------------------- the screens of the flow

function introScreen(total: number): Promise<void> {
  return screen<void>((done) => {
    // As in check: a set's own intro says what it is and how long it takes; without one, the facts do.
    const facts = total === 1 ? t('page.intro.factsOne') : t('page.intro.facts', { total, minutes: minutesFor(total) });
    show(
      'intro',
      el('h2', {}, t('page.intro.heading')),
      set.intro === undefined ? el('p', {}, facts) : el('p', { class: 'lead' }, text(set.intro)),
      el('p', {}, t('page.intro.how')),
      el('p', { class: 'private' }, t(config.submit === null ? 'page.intro.private' : 'page.intro.privateSubmit')),
      storage === null ? el('p', { class: 'warning' }, t('page.intro.noStorage')) : null,
      el(
        'div',
        { class: 'actions' },
        button(t('page.start'), () => done(), 'primary'),
      ),
    );
  });
}

function optionInput(step: QuestionStep, optionId: string, label: string, checked: boolean): HTMLElement {
  const id = `option-${step.question.index}-${optionId}`;
  const input = el('input', { type: 'radio', name: 'answer', id, value: optionId });
  input.checked = checked;
  // A set's tone (green, orange, red) as a dot before the label, which still says it all.
  const option = step.question.optionById.get(optionId);
  const colour = option === undefined ? undefined : optionColour(option);
  let dot: HTMLElement | null = null;
  if (colour !== undefined) {
    dot = el('span', { class: 'tone', 'aria-hidden': 'true' });
    // Through the CSSOM, which the page's Content-Security-Policy allows (a style attribute it would not).
    dot.style.backgroundColor = colour;
  }
  return el('div', { class: 'option' }, input, el('label', { for: id }, dot, label));
}

function questionScreen(step: QuestionStep): Promise<QuestionReply> {
  let chosen = step.current;
  let note = latest?.notes.get(step.question.id) ?? '';
  return screen<QuestionReply>((done) => {
    const { question, theme } = step;
    // Any kind of non-answer ("weet ik niet", "n.v.t.", or both in one) stands apart, below.
    const isOther = (option: (typeof question.options)[number]): boolean =>
      option.unanswered !== undefined && option.unanswered !== false;
    const scored = question.options.filter((option) => !isOther(option));
    const other = question.options.filter(isOther);
    // The recall frame ("Denk aan je laatste tien eerste gesprekken.") stands above the question, as in check.
    const frame = question.frame;
    const error = el('p', { class: 'error', id: 'choose-error', role: 'alert' });
    const fieldset = el(
      'fieldset',
      { 'aria-describedby': frame === undefined ? 'choose-error' : `frame-${question.index} choose-error` },
      el('legend', {}, el('h2', {}, text(question.text))),
      el(
        'div',
        { class: 'options' },
        ...scored.map((option) => optionInput(step, option.id, text(option.label), option.id === chosen)),
      ),
      other.length === 0 ? null : el('p', { class: 'or', 'aria-hidden': 'true' }, t('page.orElse')),
      other.length === 0
        ? null
        : el(
            'div',
            { class: 'options extra' },
            ...other.map((option) => optionInput(step, option.id, text(option.label), option.id === chosen)),
          ),
    );
    const noteId = `note-${question.index}`;
    const noteBox = el('textarea', { id: noteId, name: 'note', rows: '3', 'aria-describedby': `${noteId}-hint` });
    noteBox.value = note;
    noteBox.addEventListener('input', () => {
      note = noteBox.value;
    });
    fieldset.addEventListener('change', () => {
      const picked = fieldset.querySelector<HTMLInputElement>('input[name="answer"]:checked');
      chosen = picked?.value;
      error.textContent = '';
    });
    const last = step.number === step.total;
    const nextLabel = step.back === 'summary' ? t('page.save') : last ? t('page.toSummary') : t('page.next');
    const form = el(
      'form',
      { novalidate: '' },
      // The recall frame comes before the question; a legend must be its fieldset's first child.
      frame === undefined ? null : el('p', { class: 'frame', id: `frame-${question.index}` }, text(frame)),
      fieldset,
      error,
      question.help === undefined
        ? null
        : el('details', {}, el('summary', {}, t('page.why')), el('p', {}, text(question.help))),
      el(
        'div',
        { class: 'note' },
        el('label', { for: noteId }, t('page.note.label')),
        el(
          'p',
          { class: 'hint', id: `${noteId}-hint` },
          t(config.submit === null ? 'page.note.hint' : 'page.note.hintSubmit'),
        ),
        noteBox,
      ),
      el(
        'div',
        { class: 'actions' },
        el('button', { type: 'submit', class: 'primary' }, nextLabel),
        step.back === 'previous' ? button(t('page.back'), () => done({ kind: 'back' })) : null,
        step.back === 'summary' ? button(t('page.backToSummary'), () => done({ kind: 'back' })) : null,
      ),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (chosen === undefined) {
        error.textContent = t('page.choose');
        fieldset.querySelector<HTMLInputElement>('input[name="answer"]')?.focus();
        return;
      }
      noteTyped = note;
      done({ kind: 'option', option: chosen });
    });
    const progress = el(
      'p',
      { class: 'progress' },
      tc('question.header', { number: step.number, total: step.total, theme: text(theme.title) }),
    );
    const meter = el('div', { class: 'meter', 'aria-hidden': 'true' }, el('span'));
    const fill = meter.firstElementChild;
    if (fill instanceof HTMLElement) fill.style.width = `${Math.round((100 * (step.number - 1)) / step.total)}%`;
    const back = welcomeBack ? el('p', { class: 'notice', role: 'status' }, t('page.welcomeBack')) : null;
    welcomeBack = false;
    show('question', back, progress, meter, form, restartBlock());
  });
}

function optionLabel(step: SummaryStep['rows'][number]): string {
  if (step.option === undefined) return tc('summary.none');
  const option = step.question.optionById.get(step.option);
  return option === undefined ? tc('summary.none') : text(option.label);
}

function nameField(): HTMLElement {
  const input = el('input', {
    type: 'text',
    id: 'respondent',
    name: 'respondent',
    autocomplete: 'name',
    'aria-describedby': 'respondent-hint',
  });
  input.value = respondent ?? '';
  input.addEventListener('input', () => {
    respondent = input.value.trim() === '' ? null : input.value.trim();
    if (latest !== null) saveDraft(latest);
  });
  return el(
    'div',
    { class: 'name' },
    el('label', { for: 'respondent' }, t('page.name.label')),
    el(
      'p',
      { class: 'hint', id: 'respondent-hint' },
      t(config.submit === null ? 'page.name.hint' : 'page.name.hintSubmit'),
    ),
    input,
  );
}

function summaryScreen(step: SummaryStep): Promise<SummaryReply> {
  // A page reopened at the summary shows the answers themselves; no greeting on a later question.
  welcomeBack = false;
  return screen<SummaryReply>((done) => {
    const rows = step.rows.map((row) => {
      const answer = el(
        'p',
        { class: 'answer' },
        el('strong', {}, optionLabel(row)),
        row.hasNote ? ` · ${t('page.summary.note')}` : '',
      );
      const change = el(
        'button',
        { type: 'button', class: 'secondary small' },
        t('page.summary.change'),
        el('span', { class: 'visually-hidden' }, ` ${t('page.summary.changeWhich', { number: row.number })}`),
      );
      change.addEventListener('click', () => done({ kind: 'change', questionId: row.question.id }));
      return el(
        'li',
        {},
        // By its short name, as check's summary does: questions that all begin "In hoeveel van je laatste tien …"
        // are told apart by their short names.
        el('p', { class: 'q' }, `${row.number}. ${text(row.question.short ?? row.question.text)}`),
        el('p', { class: 'theme' }, text(row.theme.title)),
        el('div', { class: 'row' }, answer, change),
      );
    });
    show(
      'summary',
      el('h2', {}, tc('summary.title', { answered: step.answered, total: step.total })),
      el('ol', { class: 'summary' }, ...rows),
      // An anonymous set (the client card) asks no name: a name would undo the anonymity.
      anonymous ? null : nameField(),
      el(
        'div',
        { class: 'actions' },
        button(t('page.showResult'), () => done({ kind: 'done' }), 'primary'),
      ),
      restartBlock(),
    );
  });
}

/** "Start over", with a second step: answers are never erased by one stray tap. */
function restartBlock(): HTMLElement {
  const box = el('div', { class: 'restart' });
  const ask = (): void => {
    const no = button(t('page.restartNo'), () => {
      box.replaceChildren(first);
      first.focus();
    });
    const yes = button(
      t('page.restartYes'),
      () => {
        clearDraft();
        abort(new Restart());
      },
      'danger',
    );
    box.replaceChildren(el('p', { role: 'alert' }, t('page.restartAsk')), el('div', { class: 'actions' }, yes, no));
    no.focus();
  };
  const first = button(t('page.restart'), ask, 'link');
  box.append(first);
  return box;
}

const ask: Ask = {
  async intro(step) {
    if (step.resumed) {
      // Only a page opened again says "welcome back", not a return from the result.
      welcomeBack = firstWalk;
      return;
    }
    await introScreen(step.total);
  },
  question: (step) => questionScreen(step),
  async help() {
    // The page shows the help inline ("uitleg bij deze vraag"); the flow never needs to ask for it.
  },
  async note() {
    // The note box is on the question's own screen; what it held when the answer was given.
    const typed = noteTyped;
    noteTyped = '';
    return typed;
  },
  summary: (step) => summaryScreen(step),
};

// ---------------------------------------------------------------- the result

function bar(score: number): HTMLElement {
  const outer = el('div', { class: 'bar', 'aria-hidden': 'true' }, el('span'));
  const fill = outer.firstElementChild;
  if (fill instanceof HTMLElement) fill.style.width = `${Math.max(0, Math.min(100, score))}%`;
  return outer;
}

/**
 * A theme's steps tied to its lowest answers: "Bij "…" antwoordde je "Soms". Probeer:" and the steps (as
 * result-text's stepLines).
 */
function stepBlocks(steps: readonly StepsResult[]): Node[] {
  return steps.map((entry) =>
    el(
      'div',
      { class: 'own-steps' },
      el('p', { class: 'lead' }, stepsLead(entry, locale)),
      el('ul', { class: 'steps' }, ...entry.steps.map((step) => el('li', {}, text(step)))),
    ),
  );
}

/**
 * The result as `check` shows it (src/render/result-text.ts), from the same result and the same
 * catalogue sentences: why there is no overall score, no "begin here" when every theme is at its
 * top, the steps tied to the person's own answers, and the non-answers counted apart.
 */
function resultBlocks(result: Result): Node[] {
  const out: Node[] = [el('h2', {}, tc('result.title', { title: text(set.title) }))];
  const allAtTop = result.themes.every((theme) => theme.band === null || theme.band.index === theme.band.count - 1);
  const focusId = allAtTop ? null : result.focus;
  const overall = result.overall;
  const top = el(
    'section',
    { class: 'overall', 'aria-labelledby': 'overall-heading' },
    el('h3', { id: 'overall-heading' }, tc('result.overall')),
  );
  if (overall.score !== null) {
    const label = overall.level === null ? '' : ` · ${text(overall.level.label)}`;
    const points = overall.points;
    const shown =
      points === null
        ? tc('result.score', { score: overall.score })
        : tc('result.points', { points: points.points, max: points.max });
    top.append(
      bar(points === null || points.max === 0 ? overall.score : Math.round((100 * points.points) / points.max)),
      el('p', { class: 'score' }, el('strong', {}, shown), label),
    );
    const open = openRangeLine(result, lang);
    if (open !== null) top.append(el('p', { class: 'muted' }, open));
    if (overall.level !== null) top.append(el('p', {}, text(overall.level.text)));
  } else if (overall.gap !== null && result.answered > 0) {
    top.append(
      el('p', { class: 'gap' }, gapSentence(overall.gap, overall.range, result.total, result.themes.length, lang)),
    );
  } else top.append(el('p', { class: 'gap' }, tc('result.noScore')));
  out.push(top);

  const themes = el(
    'section',
    { class: 'themes', 'aria-labelledby': 'themes-heading' },
    el('h3', { id: 'themes-heading' }, tc('result.themes')),
  );
  const list = el('ul', { class: 'themes' });
  for (const theme of result.themes) {
    const item = el('li', {}, el('h4', {}, text(theme.title)));
    if (theme.score === null) {
      item.append(
        el(
          'p',
          { class: 'muted' },
          tc('result.tooFew', { answered: theme.answered, total: theme.total, min: theme.minAnswered }),
        ),
      );
      if (theme.description !== null) item.append(el('p', {}, text(theme.description)));
    } else {
      const label = theme.band === null ? '' : ` · ${text(theme.band.label)}`;
      item.append(
        bar(theme.score),
        el('p', { class: 'score' }, el('strong', {}, tc('result.score', { score: theme.score })), label),
      );
      if (theme.answered < theme.total)
        item.append(el('p', { class: 'muted' }, tc('result.partly', { answered: theme.answered, total: theme.total })));
      if (theme.id === focusId) item.append(el('p', { class: 'pointer' }, tc('result.focusPointer', { arrow: '→' })));
      else {
        if (theme.band !== null) item.append(el('p', {}, text(theme.band.text)));
        item.append(...stepBlocks(theme.steps));
      }
    }
    list.append(item);
  }
  themes.append(list);
  out.push(themes);

  const strongest = result.themes.find((theme) => theme.id === result.strongest);
  const focus = result.themes.find((theme) => theme.id === focusId);
  const next = el('section', { class: 'next' });
  if (strongest !== undefined && strongest.score !== null)
    next.append(el('p', {}, tc('result.strongest', { theme: text(strongest.title), score: strongest.score })));
  if (focus !== undefined && focus.score !== null) {
    if (focus.steps.length > 0) {
      // Steps tied to the person's own answers, when the set gives them (format 2).
      next.append(
        el(
          'p',
          { class: 'focus' },
          el('strong', {}, tc('result.focusOwn', { theme: text(focus.title), score: focus.score })),
        ),
        ...stepBlocks(focus.steps),
      );
    } else {
      next.append(
        el(
          'p',
          { class: 'focus' },
          el('strong', {}, tc('result.focus', { theme: text(focus.title), score: focus.score })),
        ),
      );
      next.append(
        el(
          'ol',
          { class: 'steps' },
          ...adviceSteps(focus.band === null ? '' : text(focus.band.text)).map((step) => el('li', {}, step)),
        ),
      );
    }
  }
  const counts = { answered: result.answered, total: result.total, count: result.total };
  next.append(
    el(
      'p',
      { class: 'muted' },
      result.answered < result.total ? tc('result.answeredPart', counts) : tc('result.answered', counts),
    ),
  );
  // The range already stands beside the overall score.
  const nonAnswers = openQuestionsSentence(result, lang, { range: false });
  if (nonAnswers !== null && result.answered < result.total)
    next.append(el('p', { class: 'muted non-answers' }, nonAnswers));
  out.push(next);
  return out;
}

/** The response-style notice before the result: look at the answers again, or see the result. */
function consistencyScreen(notice: Consistency): Promise<'review' | 'keep'> {
  return screen<'review' | 'keep'>((done) => {
    show(
      'consistency',
      el('h2', {}, tc('consistency.ask')),
      el('p', { class: 'notice' }, consistencyNotice(notice, locale)),
      el(
        'div',
        { class: 'actions' },
        button(tc('consistency.review'), () => done('review'), 'primary'),
        button(tc('consistency.keep'), () => done('keep')),
      ),
    );
  });
}

function download(name: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'application/yaml;charset=utf-8' }));
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after the click returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type ResultReply = { kind: 'change' };

function resultScreen(final: CheckState): Promise<ResultReply> {
  const date = localDate(new Date());
  // Sent once per result, not again when a language switch redraws the screen.
  const sending = submitBox(final, date);
  return screen<ResultReply>((done) => {
    const answers = answersOfState(set, final, respondent, date);
    const result = scoreAnswers(set, answers);
    const fileName = `kantellat-${date}.yaml`;
    const fileText = answersFileText(
      set,
      { respondent, date, choices: final.choices, notes: final.notes },
      locale,
      config.questionsFile,
      'form',
    );
    const status = el('p', { class: 'status', role: 'status' });
    const fallback = el('div', { class: 'fallback', hidden: '' });
    const copy = async (): Promise<void> => {
      try {
        await navigator.clipboard.writeText(fileText);
        status.textContent = t('page.copied');
      } catch {
        showFallback();
      }
    };
    const showFallback = (): void => {
      const area = el('textarea', {
        id: 'answer-file',
        rows: '12',
        readonly: '',
        'aria-describedby': 'answer-file-hint',
      });
      area.value = fileText;
      fallback.replaceChildren(
        el('p', { role: 'alert' }, t('page.copyFailed')),
        el('label', { for: 'answer-file' }, t('page.fileHeading')),
        el('p', { class: 'hint', id: 'answer-file-hint' }, t('page.fileHint', { file: fileName })),
        area,
      );
      fallback.hidden = false;
      area.focus();
      area.select();
    };
    const actions = el(
      'div',
      { class: 'actions result-actions' },
      button(t('page.download'), () => download(fileName, fileText), 'primary'),
      button(t('page.copy'), () => void copy()),
      button(t('page.print'), () => window.print()),
      button(t('page.change'), () => done({ kind: 'change' })),
    );
    show('result', ...resultBlocks(result), sending, actions, status, fallback, restartBlock());
  });
}

// ---------------------------------------------------------------- sending to a session

/** The answer document as JSON: the answer-file contract, as `kantellat session` accepts it. */
function answerDocument(final: CheckState, date: string): Record<string, unknown> {
  const answers = answersOfState(set, final, respondent, date);
  const doc: Record<string, unknown> = { questionSet: set.id, version: set.version };
  if (respondent !== null) doc['respondent'] = respondent;
  doc['date'] = date;
  doc['answers'] = Object.fromEntries(answers.choices);
  if (final.notes.size > 0) doc['notes'] = Object.fromEntries(final.notes);
  return doc;
}

function submitBox(final: CheckState, date: string): HTMLElement | null {
  const submit = config.submit;
  if (submit === null) return null;
  const box = el('div', { class: 'submit' });
  const message = el('p', { role: 'status' });
  const problem = el('div', { role: 'alert' });
  box.append(message, problem);
  void send(submit.url, final, date, message, problem);
  return box;
}

function secretKey(url: string): string {
  return `${storageKey}:session:${url}`;
}

function errorMessage(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null;
  const error: unknown = body.error;
  if (typeof error !== 'object' || error === null || !('message' in error)) return null;
  return typeof error.message === 'string' ? error.message : null;
}

async function send(
  url: string,
  final: CheckState,
  date: string,
  message: HTMLElement,
  problem: HTMLElement,
): Promise<void> {
  const secret = stored(secretKey(url));
  message.textContent = t('page.sending');
  problem.replaceChildren();
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (secret !== null) headers['X-Participant-Secret'] = secret;
  let failure: string;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify(answerDocument(final, date)),
      credentials: 'same-origin',
      cache: 'no-store',
    });
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    if (response.ok) {
      const reply: Partial<SubmitReply> = typeof body === 'object' && body !== null ? body : {};
      if (typeof reply.secret === 'string') store(secretKey(url), reply.secret);
      message.textContent = t(secret === null ? 'page.sent' : 'page.resent');
      return;
    }
    failure = errorMessage(body) ?? `HTTP ${response.status}.`;
  } catch {
    failure = t('page.sendOffline');
  }
  message.textContent = '';
  const retry = button(t('page.sendRetry'), () => void send(url, final, date, message, problem));
  problem.replaceChildren(el('p', { class: 'error' }, t('page.sendFailed', { message: failure })), retry);
}

// ---------------------------------------------------------------- the whole walk

async function main(): Promise<void> {
  header();
  let start = loadDraft();
  for (;;) {
    try {
      const final = await runCheckFlow(set, ask, {
        notes: true,
        ...(start === undefined ? {} : { start }),
        progress: async (state) => saveDraft(state),
      });
      firstWalk = false;
      saveDraft(final);
      // A response style is named before the result, once, with the offer to look at the answers
      // again (as `check` does); the notice comes from the same result the page then shows.
      if (!consistencyAsked) {
        consistencyAsked = true;
        const { consistency } = scoreAnswers(set, answersOfState(set, final, respondent, localDate(new Date())));
        if (consistency.flagged && (await consistencyScreen(consistency)) === 'review') {
          start = { ...final, phase: 'summary' };
          continue;
        }
      }
      await resultScreen(final);
      // "Change answers": back to the summary of the same answers.
      start = { ...final, phase: 'summary' };
    } catch (error) {
      if (!(error instanceof Restart)) throw error;
      firstWalk = false;
      start = undefined;
      consistencyAsked = false;
    }
  }
}

void main();
