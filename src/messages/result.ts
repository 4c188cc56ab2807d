import type { Consistency, NonAnswerCounts, OverallGap, Result, StepsResult } from '../core/score.js';
import type { Lang } from '../core/text.js';
import type { LocalizedText } from '../core/localized-text.js';
import { localeOf, type Locale } from './locale.js';
import { defineCatalogue, translator } from './translate.js';

// The words every result shares, wherever it is shown (check, score Markdown, compare, report):
// why there is no overall score, the response-style notice, the steps tied to an answer, and
// the non-answer counts.
const catalogue = defineCatalogue(() => ({
  nl: {
    'gap.too-few-questions':
      'Geen totaalscore en geen niveau: je beantwoordde {answered} van de {total} vragen, en voor een totaal zijn er minstens {needed} nodig. Vul de vragen die over jouw werk gaan nog in; weet je een antwoord niet meer, zoek het dan op in je aantekeningen. De themascores hieronder staan er al.',
    'gap.too-few-questions.noThemes':
      'Geen totaalscore en geen niveau: je beantwoordde {answered} van de {total} vragen, en voor een totaal zijn er minstens {needed} nodig. Vul de vragen die over jouw werk gaan nog in; weet je een antwoord niet meer, zoek het dan op in je aantekeningen.',
    'gap.too-few-themes':
      "Geen totaalscore en geen niveau: {scored} van de {themes} thema's hebben een score, en voor een totaal zijn er minstens {needed} nodig. Beantwoord per thema de vragen die je kunt; de themascores die er zijn staan hieronder.",
    'gap.level-uncertain':
      'Geen totaalscore en geen niveau: met de vragen die openstaan (leeg gelaten, of met een antwoord dat niet meetelt) kan je totaal tussen {min} en {max} liggen, en dat past bij meer dan één niveau. Beantwoord die vragen als het kan; de themascores staan hieronder.',
    'consistency.same':
      'Je gaf bij alle {count} vragen hetzelfde antwoord ("{label}"). Dat kan kloppen, maar het gebeurt ook als je snel door de lijst gaat.',
    'consistency.contradiction':
      'Bij {themes} koos je twee keer het hoogste antwoord, bij vragen die elkaars tegendeel zijn. Dat kan niet allebei kloppen: lees die twee vragen nog eens.',
    'consistency.allAtBest.all':
      'Bij alle {count} vragen die je beantwoordde koos je het gunstigste antwoord. Dat kan kloppen. Kijk nog eens naar je antwoorden: was het echt (bijna) elke keer zo?',
    'consistency.allAtBest.most':
      'Bij {count} van de {answered} vragen die je beantwoordde koos je het gunstigste antwoord. Dat kan kloppen. Kijk nog eens naar je antwoorden: was het echt (bijna) elke keer zo?',
    'consistency.allFavourable.all':
      'Bij alle {answered} vragen die je beantwoordde lag je antwoord aan de gunstige kant van de schaal. Dat kan kloppen. Leg twee van die antwoorden naast je verslagen of agenda: klopt de telling?',
    'consistency.allFavourable.most':
      'Bij {count} van de {answered} vragen die je beantwoordde lag je antwoord aan de gunstige kant van de schaal. Dat kan kloppen. Leg twee van die antwoorden naast je verslagen of agenda: klopt de telling?',
    'steps.lead': 'Bij "{short}" antwoordde je "{answer}". Probeer:',
    'steps.title': 'Volgende stappen, bij je eigen antwoorden',
    'nonAnswers.parts': 'Niet meegeteld in de score: {parts}.',
    'nonAnswers.dontKnow': '{count} × "weet ik niet"',
    'nonAnswers.notApplicable': '{count} × "niet van toepassing"',
    'nonAnswers.either': '{count} × "weet ik niet / n.v.t."',
    'nonAnswers.open': '{count} × niet ingevuld',
    'nonAnswers.range.one': 'Met die vraag beantwoord zou je totaal ergens tussen {min} en {max} liggen.',
    'nonAnswers.range.other': 'Met die vragen beantwoord zou je totaal ergens tussen {min} en {max} liggen.',
    'overall.open.one': '{count} vraag staat open: je totaal ligt ergens tussen {min} en {max}.',
    'overall.open.other': '{count} vragen staan open: je totaal ligt ergens tussen {min} en {max}.',
    'nonAnswers.unscored.one':
      '{themes} heeft daardoor geen score, en "Hier begin je" kijkt er niet naar. Misschien ligt daar je eerste stap.',
    'nonAnswers.unscored.other':
      '{themes} hebben daardoor geen score, en "Hier begin je" kijkt er niet naar. Misschien ligt daar je eerste stap.',
  },
  en: {
    'gap.too-few-questions':
      'No overall score and no level: you answered {answered} of the {total} questions, and an overall score needs at least {needed}. Fill in the questions that are about your work; if you do not remember an answer, look it up in your notes. The theme scores below are already there.',
    'gap.too-few-questions.noThemes':
      'No overall score and no level: you answered {answered} of the {total} questions, and an overall score needs at least {needed}. Fill in the questions that are about your work; if you do not remember an answer, look it up in your notes.',
    'gap.too-few-themes':
      'No overall score and no level: {scored} of the {themes} themes have a score, and an overall score needs at least {needed}. Answer the questions you can in each theme; the theme scores that exist are below.',
    'gap.level-uncertain':
      'No overall score and no level: with the questions left open (blank, or with an answer that does not count) your overall score could lie anywhere from {min} to {max}, which spans more than one level. Answer those questions if you can; the theme scores are below.',
    'consistency.same':
      'You gave the same answer ("{label}") to all {count} questions. That may be right, but it also happens when going through the list quickly.',
    'consistency.contradiction':
      "In {themes} you chose the highest answer twice, for questions that are each other's opposite. Both cannot be right: read those two questions again.",
    'consistency.allAtBest.all':
      'For all {count} questions you answered, you chose the most favourable answer. That may be right. Look at your answers once more: was it really so (almost) every time?',
    'consistency.allAtBest.most':
      'For {count} of the {answered} questions you answered, you chose the most favourable answer. That may be right. Look at your answers once more: was it really so (almost) every time?',
    'consistency.allFavourable.all':
      'For all {answered} questions you answered, your answer lay at the favourable end of the scale. That may be right. Check two of those answers against your reports or diary: does the count hold?',
    'consistency.allFavourable.most':
      'For {count} of the {answered} questions you answered, your answer lay at the favourable end of the scale. That may be right. Check two of those answers against your reports or diary: does the count hold?',
    'steps.lead': 'For "{short}" you answered "{answer}". Try:',
    'steps.title': 'Next steps, from your own answers',
    'nonAnswers.parts': 'Not counted in the score: {parts}.',
    'nonAnswers.dontKnow': '{count} × "don\'t know"',
    'nonAnswers.notApplicable': '{count} × "not applicable"',
    'nonAnswers.either': '{count} × "don\'t know / not applicable"',
    'nonAnswers.open': '{count} × left blank',
    'nonAnswers.range.one': 'With that question answered, your overall score would lie somewhere from {min} to {max}.',
    'nonAnswers.range.other':
      'With those questions answered, your overall score would lie somewhere from {min} to {max}.',
    'overall.open.one': '{count} question is open: your total lies somewhere from {min} to {max}.',
    'overall.open.other': '{count} questions are open: your total lies somewhere from {min} to {max}.',
    'nonAnswers.unscored.one':
      '{themes} therefore has no score, and "Start here" does not look at it. Your first step may lie there.',
    'nonAnswers.unscored.other':
      '{themes} therefore have no score, and "Start here" does not look at them. Your first step may lie there.',
  },
}));

export const tResult = translator(catalogue);

/**
 * Beside an overall score with questions open, the range they leave (rule 10): a non-answer can
 * move the shown number within its level, so the number is not shown alone. Null otherwise.
 */
export function openRangeLine(
  result: Pick<Result, 'answered' | 'total'> & { overall: Pick<Result['overall'], 'score' | 'range'> },
  lang: Lang,
): string | null {
  const { score, range } = result.overall;
  if (score === null || range === null) return null;
  return tResult(lang, 'overall.open', { ...range, count: result.total - result.answered });
}

/** One sentence why there is no overall score, and what to do. */
export function gapSentence(
  gap: OverallGap,
  range: Result['overall']['range'],
  total: number,
  themes: number,
  lang: Lang,
): string {
  // "The theme scores below" only when there are some.
  const key = gap.reason === 'too-few-questions' && gap.scoredThemes === 0 ? 'gap.too-few-questions.noThemes' : null;
  return tResult(lang, key ?? `gap.${gap.reason}`, {
    answered: gap.answered,
    total,
    needed: gap.reason === 'too-few-questions' ? gap.neededQuestions : gap.neededThemes,
    scored: gap.scoredThemes,
    themes,
    min: range?.min ?? 0,
    max: range?.max ?? 100,
  });
}

/** The kind words about a response style: what was seen, never a verdict. */
export function consistencyNotice(notice: Consistency, locale: Locale): string {
  const { lang } = locale;
  const parts: string[] = [];
  if (notice.sameOption !== null)
    parts.push(
      tResult(lang, 'consistency.same', {
        count: notice.sameOption.count,
        label: locale.text(notice.sameOption.label),
      }),
    );
  else if (notice.contradictions.length > 0) {
    parts.push(
      tResult(lang, 'consistency.contradiction', {
        themes: locale.list(notice.contradictions.map((c) => `"${locale.text(c.title)}"`)),
      }),
    );
  } else {
    // At most one of the two favourable patterns is set; each has words for all answers and for all but one.
    const [pattern, found] =
      notice.allAtBest !== null
        ? (['allAtBest', notice.allAtBest] as const)
        : (['allFavourable', notice.allFavourable] as const);
    if (found !== null) {
      const { count, answered } = found;
      parts.push(tResult(lang, `consistency.${pattern}.${count === answered ? 'all' : 'most'}`, { count, answered }));
    }
  }
  return parts.join(' ');
}

/** "Bij "Kort" antwoordde je "Soms". Probeer:" */
export function stepsLead(steps: StepsResult, locale: Locale): string {
  return tResult(locale.lang, 'steps.lead', { short: locale.text(steps.short), answer: locale.text(steps.answer) });
}

/** "Niet meegeteld in de score: 2 × "weet ik niet" en 1 × "niet van toepassing".", or null when there were none. */
function nonAnswerSentence(counts: NonAnswerCounts, lang: Lang): string | null {
  const parts: string[] = [];
  if (counts.dontKnow > 0) parts.push(tResult(lang, 'nonAnswers.dontKnow', { count: counts.dontKnow }));
  if (counts.notApplicable > 0) parts.push(tResult(lang, 'nonAnswers.notApplicable', { count: counts.notApplicable }));
  if (counts.dontKnowOrNotApplicable > 0)
    parts.push(tResult(lang, 'nonAnswers.either', { count: counts.dontKnowOrNotApplicable }));
  if (counts.open > 0) parts.push(tResult(lang, 'nonAnswers.open', { count: counts.open }));
  if (parts.length === 0) return null;
  return tResult(lang, 'nonAnswers.parts', { parts: localeOf(lang).list(parts) });
}

/**
 * The questions a result left open, and, when it has an overall score all the same, what that
 * score could be with them answered: the number a non-answer leaves is never shown as if exact.
 */
export function openQuestionsSentence(
  result: NonAnswerCounts &
    Pick<Result, 'answered' | 'total'> & {
      overall: Pick<Result['overall'], 'score' | 'range'>;
      themes: ReadonlyArray<{ score: number | null; title: LocalizedText }>;
    },
  lang: Lang,
  { range: withRange = true }: { range?: boolean } = {},
): string | null {
  const counts = nonAnswerSentence(result, lang);
  if (counts === null) return null;
  const sentences = [counts];
  // Without an overall score the sentence why gives the range already.
  const { score, range } = result.overall;
  if (withRange && score !== null && range !== null)
    sentences.push(tResult(lang, 'nonAnswers.range', { ...range, count: result.total - result.answered }));
  // A theme left without a score cannot be where to start, though its open answer may hide the weakest habit;
  // with or without an overall score (review 28b: a "Weet ik niet" on the weakest answers).
  const locale = localeOf(lang);
  const unscored = result.themes
    .filter((theme) => theme.score === null)
    .map((theme) => `"${locale.text(theme.title)}"`);
  if (unscored.length > 0 && unscored.length < result.themes.length)
    sentences.push(tResult(lang, 'nonAnswers.unscored', { themes: locale.list(unscored), count: unscored.length }));
  return sentences.join(' ');
}
