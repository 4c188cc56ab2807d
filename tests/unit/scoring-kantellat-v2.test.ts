import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/core/answers.js';
import { scoreAnswers, type Result } from '../../src/core/score.js';
import { loadQuestionSet } from '../../src/io/load.js';
import { bandName } from '../helpers/worded.js';
import { localeOf } from '../../src/messages/locale.js';
import { consistencyNotice, gapSentence, openQuestionsSentence } from '../../src/messages/result.js';

// Realistic answer patterns (issue 9) on the bundled Kantellat 2.0.0: twelve questions on one
// scale "how many of the ten" (geen, paar, helft, meeste, alle; weet-niet and nvt score nothing),
// two per theme, one of them reverse-keyed (the ordinary "old" way of working).
const set = await loadQuestionSet();
const score = (answers: Record<string, string | null>): Result =>
  scoreAnswers(set, checkAnswers(set, { questionSet: set.id, version: set.version, answers }).answers);
const forward = set.questions.filter((question) => !question.reverse).map((question) => question.id);
const reverse = set.questions.filter((question) => question.reverse).map((question) => question.id);
const every = (option: string): Record<string, string> =>
  Object.fromEntries(set.questions.map((question) => [question.id, option]));
/** Forward questions answered `high`, reverse-keyed ones `low` (by position, so the pattern varies a little). */
const pattern = (forwardOptions: string[], reverseOptions: string[]): Record<string, string> => ({
  ...Object.fromEntries(forward.map((id, i) => [id, forwardOptions[i % forwardOptions.length] ?? 'helft'])),
  ...Object.fromEntries(reverse.map((id, i) => [id, reverseOptions[i % reverseOptions.length] ?? 'helft'])),
});

describe('the Kantellat 2.0.0 gives honest results for realistic patterns', () => {
  it('is the 2.0.0 set, with a reverse-keyed question in every theme', () => {
    expect(set.version).toBe('2.0.0');
    for (const theme of set.themes)
      expect(theme.questions.map((question) => question.reverse).sort()).toEqual([false, true]);
  });

  it('11 × "niet van toepassing" and one answer: no overall score and no level', () => {
    const answers = { ...every('nvt'), [forward[0] ?? '']: 'alle' };
    const result = score(answers);
    expect(result.overall).toMatchObject({
      score: null,
      level: null,
      gap: { reason: 'too-few-questions', answered: 1, neededQuestions: 9 },
    });
    expect(result.notApplicable).toBe(11);
    // The one answered theme has only one of its two questions: no theme score either, so no advice is claimed.
    expect(result.themes.every((theme) => theme.score === null && theme.band === null)).toBe(true);
    // …and the sentence why does not point to theme scores "below" that are not there.
    const { gap, range } = result.overall;
    if (gap === null) throw new Error('no gap');
    const why = gapSentence(gap, range, result.total, result.themes.length, 'nl');
    expect(why).toContain('je beantwoordde 1 van de 12 vragen');
    expect(why).not.toContain('themascores');
  });

  it('"Alle tien" to everything: not "Gekanteld", and a consistency notice', () => {
    const result = score(every('alle'));
    expect(bandName(result.overall.level)).not.toBe('Gekanteld');
    expect(result.overall).toMatchObject({ score: 50 });
    expect(bandName(result.overall.level)).toBe('Op weg');
    expect(result.consistency.flagged).toBe(true);
    expect(result.consistency.sameOption).toMatchObject({ option: 'alle', count: 12 });
    // Only the pair the set declares as direct opposites (breed); the other five pairs can both be
    // honestly at the top.
    expect(result.consistency.contradictions.map((c) => c.theme)).toEqual(['breed']);
  });

  it('"Geen" to everything: not "Gekanteld" either', () => {
    const result = score(every('geen'));
    expect(bandName(result.overall.level)).not.toBe('Gekanteld');
    expect(result.overall.score).toBe(50);
    expect(result.consistency.sameOption?.option).toBe('geen');
  });

  it('an honest old-style "loket" consultant: "Nog niet gekanteld", with steps tied to the answers', () => {
    const result = score(pattern(['geen', 'paar', 'paar'], ['meeste', 'alle', 'meeste']));
    expect(bandName(result.overall.level)).toBe('Nog niet gekanteld');
    expect(result.overall.score).toBeLessThan(40);
    expect(result.consistency.flagged).toBe(false);
    // Steps for the theme to start with and the next weakest, each for one answer: a week's work, not a list of twenty.
    const withSteps = result.themes.filter((theme) => theme.steps.length > 0);
    expect(withSteps).toHaveLength(2);
    expect(withSteps.map((theme) => theme.id)).toContain(result.focus);
    expect(withSteps.every((theme) => theme.steps.length === 1)).toBe(true);
  });

  it('a realistic gekanteld consultant gets at most six steps, tied to the two weakest themes', () => {
    // "De meeste" forward and "Een paar" reverse (75 in every theme), with two weaker spots (63):
    // before, every theme showed the steps of both its questions, about twenty-five in all.
    const result = score({
      ...pattern(['meeste'], ['paar']),
      'eigen-kracht-zelf-regelen': 'helft',
      'samenspraak-feedback': 'helft',
    });
    expect(bandName(result.overall.level)).toBe('Gekanteld');
    const shown = result.themes.flatMap((theme) => theme.steps);
    expect(shown.map((entry) => entry.question)).toEqual(['eigen-kracht-zelf-regelen', 'samenspraak-feedback']);
    expect(shown.flatMap((entry) => entry.steps).length).toBeLessThanOrEqual(6);
  });

  it('a fully gekanteld consultant: "Gekanteld", with a kind word to check the count against the reports', () => {
    const result = score(pattern(['alle', 'meeste', 'alle'], ['geen', 'paar', 'geen']));
    expect(bandName(result.overall.level)).toBe('Gekanteld');
    // Every answer at the favourable end is also what one step of optimism everywhere gives.
    expect(result.consistency).toMatchObject({ allAtBest: null, allFavourable: { count: 12, answered: 12 } });
  });

  it('a gekanteld wijkteam worker with three habits at about half: "Gekanteld", and no notice (reviews 21a, 21b)', () => {
    // "De meeste" forward and "Een paar" reverse, with the carer, the risk and feedback questions at half.
    const result = score({
      ...pattern(['meeste'], ['paar']),
      'netwerk-mantelzorger-apart-grenzen': 'helft',
      'breed-risico': 'helft',
      'samenspraak-feedback': 'helft',
    });
    expect(result.overall.score).toBe(69);
    expect(bandName(result.overall.level)).toBe('Gekanteld');
    expect(result.consistency.flagged).toBe(false);
    // Two such habits at half and one reverse habit at half still reach the level (67).
    const fatima = score({
      ...pattern(['meeste'], ['paar']),
      'netwerk-mantelzorger-apart-grenzen': 'helft',
      'breed-risico': 'helft',
      'samenspraak-vaste-formuleringen': 'helft',
      'samenspraak-feedback': 'helft',
    });
    expect(bandName(fatima.overall.level)).toBe('Gekanteld');
  });

  it('one step of optimism everywhere reaches "Gekanteld", but is named as a pattern to check (review 21a)', () => {
    const result = score(pattern(['meeste'], ['paar']));
    expect(result.overall.score).toBe(75);
    expect(bandName(result.overall.level)).toBe('Gekanteld');
    expect(result.consistency).toMatchObject({ flagged: true, allFavourable: { count: 12, answered: 12 } });
    expect(consistencyNotice(result.consistency, localeOf('nl'))).toContain('verslagen');
    // One "Weet ik niet" does not switch the notice off: ten favourable answers of eleven are named too (review 31b).
    const skipped = score({
      ...pattern(['meeste'], ['paar']),
      [forward[0] ?? '']: 'weet-niet',
      [forward[1] ?? '']: 'helft',
    });
    expect(skipped.consistency).toMatchObject({ allFavourable: { count: 10, answered: 11 } });
    const twoLower = score({
      ...pattern(['meeste'], ['paar']),
      [forward[1] ?? '']: 'helft',
      [forward[2] ?? '']: 'helft',
    });
    expect(twoLower.consistency.flagged).toBe(false);
    // "Over de helft" forward and "Een paar" reverse stays "Op weg" (63).
    expect(bandName(score(pattern(['helft'], ['paar'])).overall.level)).toBe('Op weg');
  });

  it('"Alle tien" on every forward and "Geen" on every reverse question: 100, and named as a pattern to look at again', () => {
    const result = score(pattern(['alle'], ['geen']));
    expect(result.overall).toMatchObject({ score: 100 });
    expect(bandName(result.overall.level)).toBe('Gekanteld');
    expect(result.consistency).toMatchObject({ flagged: true, allAtBest: { count: 12 } });
  });

  it('a theme left open by n.v.t. is named as a place the first step may lie, since "Hier begin je" cannot be there', () => {
    // Half the time forward, and "Een paar" and "helft" in turn on the reverse questions (50–63 per theme).
    const honest = pattern(['helft'], ['paar', 'helft']);
    const result = score({ ...honest, 'netwerk-een-korte-vraag': 'nvt' });
    expect(result.overall.score).not.toBeNull();
    expect(result.focus).not.toBe('netwerk');
    const sentence = openQuestionsSentence(result, 'nl') ?? '';
    expect(sentence).toContain('"Netwerk en mantelzorg" heeft daardoor geen score');
    expect(openQuestionsSentence(score(honest), 'nl')).toBeNull();
  });

  it('eleven best answers and one a step lower are named too (98, not a way round the notice); two lower are not', () => {
    const best = pattern(['alle'], ['geen']);
    const first = forward[0] ?? '';
    const oneOff = score({ ...best, [first]: 'meeste' });
    expect(oneOff.overall.score).toBe(98);
    expect(oneOff.consistency).toMatchObject({ flagged: true, allAtBest: { count: 11, answered: 12 } });
    expect(consistencyNotice(oneOff.consistency, localeOf('nl'))).toContain('Bij 11 van de 12 vragen');
    // Two a step lower: no longer "all at best", but still all at the favourable end.
    const twoOff = score({ ...best, [first]: 'meeste', [forward[1] ?? '']: 'meeste' });
    expect(twoOff.consistency).toMatchObject({ allAtBest: null, allFavourable: { count: 12 } });
    const twoHalf = score({ ...best, [first]: 'helft', [forward[1] ?? '']: 'helft' });
    expect(twoHalf.consistency.flagged).toBe(false);
  });

  it('the loket consultant who marks three topics n.v.t. does not move up a level', () => {
    const honest = pattern(['geen', 'paar', 'paar'], ['meeste', 'alle', 'meeste']);
    const before = score(honest).overall.level?.index;
    const dodged = { ...honest, [forward[0] ?? '']: 'nvt', [forward[1] ?? '']: 'nvt', [forward[2] ?? '']: 'nvt' };
    const after = score(dodged).overall.level?.index;
    expect(after === undefined || after === before).toBe(true);
  });

  it('n.v.t. (or "weet ik niet") on a theme never raises the overall level', () => {
    const answerable = ['geen', 'paar', 'helft', 'meeste', 'alle'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...answerable), { minLength: 12, maxLength: 12 }),
        fc.subarray(
          set.themes.map((theme) => theme.id),
          { minLength: 1 },
        ),
        fc.constantFrom('nvt', 'weet-niet'),
        fc.boolean(),
        (picks, themes, kind, both) => {
          const full = Object.fromEntries(set.questions.map((question, i) => [question.id, picks[i] ?? 'helft']));
          const gapped = { ...full };
          for (const theme of set.themes.filter((found) => themes.includes(found.id))) {
            for (const question of both ? theme.questions : theme.questions.slice(0, 1)) gapped[question.id] = kind;
          }
          const before = score(full).overall.level?.index ?? -1;
          const after = score(gapped).overall.level?.index ?? -1;
          expect(after === -1 || after <= before).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the Kantellat 2.0.0 keeps an honest "niet van toepassing" rare', () => {
  const texts = (pick: (question: (typeof set.questions)[number]) => unknown): string[] =>
    set.questions.flatMap((question) => {
      const text = pick(question);
      return typeof text === 'object' && text !== null
        ? Object.values(text).filter((value): value is string => typeof value === 'string')
        : [];
    });

  // Since round 15 every frame fits every role: the arranging question counts a colleague's
  // arranging too (round 11 had an n.v.t. rule there), and the application question counts individual
  // help of any kind (round 13 had one there): docs/principles.md.
  it('no help text invites "Niet van toepassing": every frame fits every role', () => {
    for (const help of texts((question) => question.help))
      expect(help).not.toMatch(/niet van toepassing|not applicable/i);
  });

  it('a loket consultant who never arranges things (n.v.t. there) keeps the lowest level, with Eigen kracht open', () => {
    // Review 11's "Henk": old-style answers, n.v.t. on the arranging question as its help now says.
    const henk = {
      'gesprek-samenvatting-voor-oplossing': 'paar',
      'gesprek-aanvraag-aan-tafel': 'meeste',
      'eigen-kracht-zelf-regelen': 'nvt',
      'eigen-kracht-conceptverslag': 'geen',
      'netwerk-een-korte-vraag': 'alle',
      'netwerk-mantelzorger-apart-grenzen': 'geen',
      'resultaat-werk-en-dagbesteding': 'geen',
      'resultaat-eerste-oplossing': 'meeste',
      'breed-alleen-de-melding': 'meeste',
      'breed-risico': 'helft',
      'samenspraak-feedback': 'geen',
      'samenspraak-vaste-formuleringen': 'alle',
    };
    const result = score(henk);
    expect(result.themes.find((theme) => theme.id === 'eigen-kracht')?.score).toBeNull();
    expect(result.overall.score).toBe(15);
    expect(bandName(result.overall.level)).toBe('Nog niet gekanteld');
    // With "Geen" instead, the same consultant would have had Eigen kracht at 50 from his job alone.
    const withGeen = score({ ...henk, 'eigen-kracht-zelf-regelen': 'geen' });
    expect(withGeen.themes.find((theme) => theme.id === 'eigen-kracht')?.score).toBe(50);
  });

  it('a wijkteam worker who makes no applications (and so answers "Geen") gets every theme and a level', () => {
    const result = score({
      ...pattern(['meeste'], ['paar']),
      'gesprek-aanvraag-aan-tafel': 'geen',
      'netwerk-mantelzorger-apart-grenzen': 'paar',
    });
    expect(result.themes.every((theme) => theme.score !== null)).toBe(true);
    expect(result.overall).toMatchObject({ score: 73 });
    expect(bandName(result.overall.level)).toBe('Gekanteld');
  });

  it('asks the carer question about every conversation in which a carer was involved, not only one at the table', () => {
    const frame = set.questionById.get('netwerk-mantelzorger-apart-grenzen')?.frame;
    expect(frame).toMatchObject({ nl: expect.stringContaining('betrokken'), en: expect.stringContaining('involved') });
  });

  it('writes Dutch without "hij of zij" and English help texts that say "Count" as the Dutch says "Telt mee"', () => {
    const all = [
      ...texts((question) => question.help),
      ...texts((question) => question.text),
      ...texts((question) => question.frame),
    ];
    for (const text of all) expect(text).not.toMatch(/hij of zij|zijn of haar|hem of haar/);
    for (const question of set.questions) {
      const help = question.help;
      if (help === undefined || typeof help === 'string') continue;
      expect(help.nl, question.id).toMatch(/Telt( niet)? mee/);
      expect(help.en, question.id).toMatch(/\bCount\b|\bDo not count\b/);
    }
  });
});
