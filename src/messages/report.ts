import type { Direction, GroupComparison } from '../core/group-compare.js';
import type { GroupStats, Starter } from '../core/group-stats.js';
import type { Lang } from '../core/text.js';
import { localeOf } from './locale.js';
import { defineCatalogue, translator } from './translate.js';

const catalogue = defineCatalogue(() => ({
  nl: {
    'versions.person':
      "Het eerste bestand is ingevuld op versie {before} van de vragenlijst, het tweede op versie {after}. Die versies kun je niet vraag voor vraag vergelijken: er staat alleen een verandering bij thema's die in beide versies bestaan, en ook daar kunnen de vragen anders zijn.",
    'versions.group':
      "De vorige sessie vulde versie {before} van de vragenlijst in, deze sessie versie {after}. Die versies kun je niet vraag voor vraag vergelijken: er staat alleen een verandering bij thema's die in beide versies bestaan, en ook daar kunnen de vragen anders zijn.",
    'versions.mixed':
      'Deze antwoorden zijn gegeven op verschillende versies van de vragenlijst ({versions}). Een groepsrapport telt alleen antwoorden op dezelfde vragen bij elkaar op: maak een rapport per versie, of geef de oudere als --baseline.',
    'compare.steps': 'Volgende stappen, bij de antwoorden van nu',
    'report.nonAnswers': 'Niet meegeteld in de scores: {parts}.',
    'report.nonAnswers.dontKnow': '{count} × "weet ik niet"',
    'report.nonAnswers.notApplicable': '{count} × "niet van toepassing"',
    'report.nonAnswers.dontKnowOrNotApplicable': '{count} × "weet ik niet / n.v.t."',
    'report.consistency':
      '{count} van de {size} deelnemers gaf een opvallend antwoordpatroon (overal hetzelfde antwoord, tegenstrijdig binnen een thema, of (bijna) overal aan de gunstige kant). Wie dat is, staat nergens.',
    // Commands and options
    'report.description':
      'groepsrapport voor een teamsessie: per thema, per vraag, gespreksstarters; ook als HTML-pagina voor de beamer',
    'report.option.format': 'uitvoerformaat: {formats}',
    'report.option.output':
      'schrijf naar dit bestand (veilig: eerst een tijdelijk bestand) in plaats van naar het scherm',
    'report.option.force': 'vervang een bestaand uitvoerbestand',
    'report.option.names': 'toon de namen van de deelnemers in plaats van P1, P2, ...',
    'report.option.baseline': 'een eerdere sessie (bestanden of map) om deze sessie mee te vergelijken',
    'report.option.csvStyle': 'CSV-stijl: excel (; en decimale komma, voor Nederlandse Excel) of rfc4180 (, en punt)',
    'report.option.allowVersionMismatch': 'scoor ook antwoorden op een andere hoofdversie van de vragenlijst',
    'report.help.examples': [
      'Voorbeelden:',
      '  $ kantellat report sessie-2/                                  in de terminal',
      '  $ kantellat report sessie-2/ --format html -o rapport.html    een pagina voor de beamer',
      '  $ kantellat report sessie-2/ --baseline sessie-1/ --format markdown > verslag.md',
      '  (zet --baseline na de bestanden van deze sessie: alles erna hoort bij de vorige sessie)',
    ].join('\n'),
    'compare.help.examples': [
      'Voorbeelden:',
      '  $ kantellat compare                          de twee nieuwste opgeslagen resultaten',
      '  $ kantellat compare voorjaar.yaml najaar.yaml --format markdown',
    ].join('\n'),
    'compare.description':
      'vergelijk twee keer invullen van één persoon: per thema en de veranderde antwoorden (zonder bestanden: de twee nieuwste resultaten)',
    // Messages on stderr
    'report.none': 'geen geldige antwoordbestanden; er is geen rapport gemaakt',
    'report.skipped':
      '{valid:participants} in het rapport; {invalid:files} overgeslagen vanwege fouten (zie hierboven)',
    'report.baseline.none':
      'geen geldige bestanden in de vorige sessie (--baseline); het rapport is zonder vergelijking gemaakt',
    'report.baseline.skipped':
      'vorige sessie: {valid:participants}; {invalid:files} overgeslagen vanwege fouten (zie hierboven)',
    'report.written': 'rapport geschreven naar {file}',
    'compare.written': 'vergelijking geschreven naar {file}',
    'compare.needTwo':
      'geef twee antwoordbestanden (eerst het oude, dan het nieuwe), of geen om de twee nieuwste opgeslagen resultaten te vergelijken',
    'compare.history.tooFew':
      'er staan {count} opgeslagen resultaten in {folder}; voor een vergelijking zijn er twee nodig. Vul de vragenlijst nog eens in met "{kantellat} check{questions}", of geef twee bestanden.',
    'compare.history.using': 'vergelijkt het nieuwste resultaat met het vorige: {before} en {after}',
    'compare.otherRespondent':
      'let op: de twee bestanden noemen verschillende namen; vergelijk je wel dezelfde persoon?',
    'compare.reversedDates':
      'let op: het eerste bestand heeft een latere datum dan het tweede; de vergelijking loopt van het eerste naar het tweede',
    // Report texts
    'report.title': 'Groepsrapport',
    'report.participants.one': '1 deelnemer',
    'report.participants.other': '{n} deelnemers',
    'report.dates.one': 'ingevuld op {date}',
    'report.dates.range': 'ingevuld van {first} tot en met {last}',
    'report.version': 'vragenlijst {id} {version}',
    'report.duplicates.one':
      'Let op: 1 bestand bevat precies dezelfde antwoorden als een ander bestand en telt als extra deelnemer; is er iets dubbel ingeleverd?',
    'report.duplicates.other':
      'Let op: {n} bestanden bevatten precies dezelfde antwoorden als een ander bestand en tellen als extra deelnemers; is er iets dubbel ingeleverd?',
    'report.traceable':
      'Let op: met {n:participants} zijn de antwoorden naar personen te herleiden. Deel dit rapport alleen met wie meedeed.',
    'report.anonymous': 'De deelnemers zijn genummerd P1, P2, ...; de volgorde zegt niets over wie wie is.',
    'report.named': 'Dit rapport toont de namen van de deelnemers. Ga er zorgvuldig mee om.',
    'report.overall': 'Totaalscore',
    'report.overall.levels': 'Deelnemers per niveau',
    'report.histogram': 'Verdeling van de totaalscores',
    'report.themes': "Thema's",
    'report.themes.note': 'Gemiddelde score per thema (0–100), met de laagste en hoogste score en de mediaan.',
    'report.heatmap': 'Deelnemers per thema',
    'report.heatmap.note':
      'Elke rij is een deelnemer, elke kolom een thema; het getal is de score (0–100), "–" is geen score.',
    'report.heatmap.tooMany':
      'Met {n} deelnemers is de tabel per deelnemer weggelaten (die komt in het rapport tot en met {max} deelnemers); de verdeling staat per thema en per vraag.',
    'report.questions': 'Antwoorden per vraag',
    'report.questions.note': 'Hoeveel deelnemers elk antwoord kozen.',
    'report.starters': 'Om over te praten',
    'report.baseline': 'Vergelijking met de vorige sessie',
    'report.baseline.sizes': 'vorige sessie {before:participants}, nu {after}',
    'report.baseline.note': 'Verschillen kleiner dan {within} punten heten "gelijk": bij een groep is dat ruis.',
    'report.moved': 'Vragen die het meest veranderden',
    'report.moved.none': 'Geen vraag veranderde {within} punten of meer.',
    'report.howToRead': 'Zo lees je dit rapport',
    'report.howToRead.text':
      'Elke score loopt van 0 tot 100: {meaning}. {notCounted} Een thema zonder genoeg antwoorden krijgt geen score. Het gaat om het gesprek in de groep, niet om het vergelijken van personen.',
    'report.howToRead.meaning': 'hoe hoger, hoe beter',
    'report.points': 'punten: gemiddeld {mean} van {max}; het niveau hoort bij de punten',
    'label.points': 'punten (gemiddeld, van {max})',
    'report.howToRead.nonAnswers': '{labels} en open gelaten vragen tellen niet mee.',
    'report.howToRead.open': 'Open gelaten vragen tellen niet mee.',
    'report.generated': 'Gemaakt met kantellat {version}.',
    'label.mean': 'gemiddeld',
    'label.median': 'mediaan',
    'label.range': 'van {min} tot {max}',
    'label.spread': 'spreiding',
    'label.lowToHigh': 'van laagste tot hoogste score',
    'label.overallMean': 'gemiddelde totaalscore',
    'label.count': 'aantal',
    'label.share': 'aandeel',
    'label.theme': 'Thema',
    'label.question': 'Vraag',
    'label.participant': 'Deelnemer',
    'label.participant.one': 'deelnemer',
    'label.participant.other': 'deelnemers',
    'label.lowestHighest': 'laagste en hoogste totaalscore',
    'label.overall': 'Totaal',
    'label.before': 'vorige',
    'label.after': 'nu',
    'label.change': 'verschil',
    'label.noScore': 'geen score',
    'label.notAnswered': 'open gelaten',
    'label.reverse': 'omgekeerd gescoord: hier is het laagste antwoord het beste',
    'label.level': 'Niveau',
    'direction.up': 'beter',
    'direction.same': 'gelijk',
    'direction.down': 'minder',
    'direction.other': 'anders',
    'starter.theme-spread':
      'Bij "{theme}" lopen de scores het verst uiteen: van {min} tot {max}. Wat doet de een hier anders dan de ander, en wat kunnen jullie van elkaar leren?',
    'starter.question-spread':
      'Over vraag {number}, "{text}", zijn jullie het het minst eens: de een antwoordt "{low}", de ander "{high}". Hoe ziet dat er bij jullie in de praktijk uit?',
    'starter.theme-spread.2':
      'Ook bij "{theme}" verschillen jullie flink: van {min} tot {max}. Herkennen jullie dat uit de praktijk?',
    'starter.question-spread.2':
      'Bij vraag {number}, "{text}", kiest de een "{low}" en de ander "{high}". Wat maakt dat verschil?',
    'starter.strongest':
      '"{theme}" is jullie sterkste thema (gemiddeld {mean}). Wat gaat hier goed, en hoe houden jullie dat vast als het druk wordt?',
    'starter.weakest':
      '"{theme}" scoort het laagst (gemiddeld {mean}). Wat houdt jullie hier tegen, en wat zou een eerste kleine stap zijn?',
    'starter.none': 'Te weinig antwoorden om gespreksstarters te kiezen.',
    // Compare texts
    'compare.title': 'Vergelijking',
    'compare.from': 'van {before} naar {after}',
    'compare.unknownDate': 'zonder datum',
    'compare.themes': 'Per thema',
    'compare.changed': 'Veranderde antwoorden',
    'compare.changed.none': 'Alle antwoorden zijn hetzelfde gebleven.',
  },
  en: {
    'versions.person':
      'The first file was filled in on version {before} of the question set, the second on version {after}. Those versions cannot be compared question by question: a change is shown only for themes that exist in both versions, and even there the questions may differ.',
    'versions.group':
      'The earlier session filled in version {before} of the question set, this session version {after}. Those versions cannot be compared question by question: a change is shown only for themes that exist in both versions, and even there the questions may differ.',
    'versions.mixed':
      'These answers were given on different versions of the question set ({versions}). A group report only adds up answers to the same questions: make one report per version, or give the older one as --baseline.',
    'compare.steps': 'Next steps, from the answers of now',
    'report.nonAnswers': 'Not counted in the scores: {parts}.',
    'report.nonAnswers.dontKnow': '{count} × "don\'t know"',
    'report.nonAnswers.notApplicable': '{count} × "not applicable"',
    'report.nonAnswers.dontKnowOrNotApplicable': '{count} × "don\'t know / not applicable"',
    'report.consistency':
      '{count} of the {size} participants gave a striking answer pattern (the same answer throughout, contradictory within a theme, or (almost) everywhere at the favourable end). Who, is shown nowhere.',
    'report.description':
      'group report for a team session: per theme, per question, discussion starters; also as an HTML page for the projector',
    'report.option.format': 'output format: {formats}',
    'report.option.output': 'write to this file (safely: through a temp file) instead of the screen',
    'report.option.force': 'replace an existing output file',
    'report.option.names': "show the participants' names instead of P1, P2, ...",
    'report.option.baseline': 'an earlier session (files or a folder) to compare this session with',
    'report.option.csvStyle': 'CSV style: excel (; and decimal comma, for Dutch Excel) or rfc4180 (, and dot)',
    'report.option.allowVersionMismatch': 'also score answers given to another major version of the question set',
    'report.help.examples': [
      'Examples:',
      '  $ kantellat report session-2/                                  in the terminal',
      '  $ kantellat report session-2/ --format html -o report.html     a page for the projector',
      '  $ kantellat report session-2/ --baseline session-1/ --format markdown > minutes.md',
      '  (put --baseline after the files of this session: everything after it belongs to the previous one)',
    ].join('\n'),
    'compare.help.examples': [
      'Examples:',
      '  $ kantellat compare                          the two newest saved results',
      '  $ kantellat compare spring.yaml autumn.yaml --format markdown',
    ].join('\n'),
    'compare.description':
      "compare two of one person's checks: per theme and the changed answers (without files: the two newest results)",
    'report.none': 'no valid answer files; no report was made',
    'report.skipped': '{valid:participants} in the report; {invalid:files} left out because of errors (see above)',
    'report.baseline.none':
      'no valid files in the previous session (--baseline); the report was made without a comparison',
    'report.baseline.skipped':
      'previous session: {valid:participants}; {invalid:files} left out because of errors (see above)',
    'report.written': 'report written to {file}',
    'compare.written': 'comparison written to {file}',
    'compare.needTwo':
      'give two answer files (the old one first, then the new one), or none to compare the two newest saved results',
    'compare.history.tooFew':
      'there are {count} saved results in {folder}; a comparison needs two. Fill in the question set again with "{kantellat} check{questions}", or give two files.',
    'compare.history.using': 'comparing the newest result with the previous one: {before} and {after}',
    'compare.otherRespondent': 'note: the two files give different names; are you comparing the same person?',
    'compare.reversedDates':
      'note: the first file has a later date than the second; the comparison runs from the first to the second',
    'report.title': 'Group report',
    'report.participants.one': '1 participant',
    'report.participants.other': '{n} participants',
    'report.dates.one': 'answered on {date}',
    'report.dates.range': 'answered from {first} to {last}',
    'report.version': 'question set {id} {version}',
    'report.duplicates.one':
      'Note: 1 file holds exactly the same answers as another file and counts as an extra participant; was something handed in twice?',
    'report.duplicates.other':
      'Note: {n} files hold exactly the same answers as another file and count as extra participants; was something handed in twice?',
    'report.traceable':
      'Note: with {n:participants} the answers can be traced back to people. Share this report only with those who took part.',
    'report.anonymous': 'Participants are numbered P1, P2, ...; the order says nothing about who is who.',
    'report.named': "This report shows the participants' names. Handle it with care.",
    'report.overall': 'Overall score',
    'report.overall.levels': 'Participants per level',
    'report.histogram': 'Distribution of the overall scores',
    'report.themes': 'Themes',
    'report.themes.note': 'Mean score per theme (0–100), with the lowest and highest score and the median.',
    'report.heatmap': 'Participants by theme',
    'report.heatmap.note':
      'Each row is a participant, each column a theme; the number is the score (0–100), "–" means no score.',
    'report.heatmap.tooMany':
      'With {n} participants the table per participant is left out (the report shows it up to {max} participants); the distribution is given per theme and per question.',
    'report.questions': 'Answers per question',
    'report.questions.note': 'How many participants chose each answer.',
    'report.starters': 'To talk about',
    'report.baseline': 'Compared with the previous session',
    'report.baseline.sizes': 'previous session {before:participants}, now {after}',
    'report.baseline.note': 'Changes smaller than {within} points count as "same": in a group that is noise.',
    'report.moved': 'Questions that moved most',
    'report.moved.none': 'No question moved {within} points or more.',
    'report.howToRead': 'How to read this report',
    'report.howToRead.text':
      'Every score runs from 0 to 100: {meaning}. {notCounted} A theme without enough answers gets no score. The point is the conversation in the group, not comparing people.',
    'report.howToRead.meaning': 'the higher, the better',
    'report.points': 'points: {mean} of {max} on average; the level goes by the points',
    'label.points': 'points (mean, of {max})',
    'report.howToRead.nonAnswers': '{labels} and questions left open do not count.',
    'report.howToRead.open': 'Questions left open do not count.',
    'report.generated': 'Made with kantellat {version}.',
    'label.mean': 'mean',
    'label.median': 'median',
    'label.range': '{min} to {max}',
    'label.spread': 'spread',
    'label.lowToHigh': 'from lowest to highest score',
    'label.overallMean': 'mean overall score',
    'label.count': 'count',
    'label.share': 'share',
    'label.theme': 'Theme',
    'label.question': 'Question',
    'label.participant': 'Participant',
    'label.participant.one': 'participant',
    'label.participant.other': 'participants',
    'label.lowestHighest': 'lowest and highest overall score',
    'label.overall': 'Overall',
    'label.before': 'before',
    'label.after': 'now',
    'label.change': 'change',
    'label.noScore': 'no score',
    'label.notAnswered': 'left open',
    'label.reverse': 'reverse-scored: here the lowest answer is the best one',
    'label.level': 'Level',
    'direction.up': 'better',
    'direction.same': 'same',
    'direction.down': 'lower',
    'direction.other': 'different',
    'starter.theme-spread':
      'On "{theme}" the scores differ most: from {min} to {max}. What does one of you do differently from another here, and what can you learn from each other?',
    'starter.question-spread':
      'Question {number}, "{text}", is where you agree least: one answers "{low}", another "{high}". What does that look like in your daily work?',
    'starter.theme-spread.2':
      '"{theme}" also shows a wide range: from {min} to {max}. Do you recognise that from your practice?',
    'starter.question-spread.2':
      'On question {number}, "{text}", one chooses "{low}" and another "{high}". What makes that difference?',
    'starter.strongest':
      '"{theme}" is your strongest theme (mean {mean}). What is going well here, and how do you hold on to it when things get busy?',
    'starter.weakest':
      '"{theme}" scores lowest (mean {mean}). What holds you back here, and what would be a small first step?',
    'starter.none': 'Too few answers to pick discussion starters.',
    'compare.title': 'Comparison',
    'compare.from': 'from {before} to {after}',
    'compare.unknownDate': 'no date',
    'compare.themes': 'Per theme',
    'compare.changed': 'Changed answers',
    'compare.changed.none': 'All answers stayed the same.',
  },
}));

/** The report's and compare's texts in `lang`. */
export const tReport = translator(catalogue);

/** A score, mean or median for people: whole numbers as they are, others with one decimal (a comma in Dutch). */
export function formatNumber(value: number | null, lang: Lang): string {
  if (value === null) return '–';
  // -0 (a difference of equal scores) is 0 to a person, not "-0".
  return localeOf(lang).number(value === 0 ? 0 : value, 1);
}

/** A change with its sign: +9,5 / -3 / 0. */
export function formatChange(value: number | null, lang: Lang): string {
  if (value === null) return '–';
  return `${value > 0 ? '+' : ''}${formatNumber(value, lang)}`;
}

/** A share of 0..1 as a whole percentage, as the language writes one. */
export function formatPercent(share: number, lang: Lang): string {
  return localeOf(lang).percent(share);
}

/** The arrow for a direction; `unicode` false gives plain ASCII. */
export function arrowOf(direction: Direction | null, unicode: boolean): string {
  if (direction === null) return unicode ? '·' : '.';
  if (direction === 'up') return unicode ? '↑' : '^';
  if (direction === 'down') return unicode ? '↓' : 'v';
  return '=';
}

/** The word for a direction: beter / gelijk / minder. */
export function directionWord(direction: Direction | null, lang: Lang): string {
  return tReport(lang, `direction.${direction ?? 'other'}`);
}

/** A change as arrow, signed number and word: "↑ +9,5 beter" (`unicode` false: "^ +9,5 beter"). */
export function changeWords(direction: Direction | null, change: number | null, lang: Lang, unicode: boolean): string {
  return `${arrowOf(direction, unicode)} ${formatChange(change, lang)} ${directionWord(direction, lang)}`;
}

/** "12 deelnemers". */
export function participantsText(n: number, lang: Lang): string {
  return tReport(lang, 'report.participants', { n });
}

/** The dates line of a report ("ingevuld op 2 maart 2026"), or null when no file has a date. */
export function datesText(dates: GroupStats<string>['dates'], lang: Lang): string | null {
  if (dates.first === null || dates.last === null) return null;
  const day = (date: string): string => localeOf(lang).date(date);
  return dates.first === dates.last
    ? tReport(lang, 'report.dates.one', { date: day(dates.first) })
    : tReport(lang, 'report.dates.range', { first: day(dates.first), last: day(dates.last) });
}

/** The report's "how to read" paragraph, in the set's own words where it gives them. */
export function howToReadText(stats: GroupStats<string>, lang: Lang): string {
  return tReport(lang, 'report.howToRead.text', {
    meaning: stats.wording.scoreMeaning ?? tReport(lang, 'report.howToRead.meaning'),
    notCounted:
      stats.wording.nonAnswerLabels.length === 0
        ? tReport(lang, 'report.howToRead.open')
        : tReport(lang, 'report.howToRead.nonAnswers', {
            labels: stats.wording.nonAnswerLabels.map((label) => `"${label}"`).join(', '),
          }),
  });
}

/**
 * A discussion starter as a question for the group, in `lang`. The second of a kind is worded differently, so the list
 * does not read as a repeat.
 */
export function starterText(starter: Starter, stats: GroupStats<string>, lang: Lang): string {
  const sameKind = stats.starters.filter((other) => other.kind === starter.kind);
  const variant = sameKind.indexOf(starter) === 1 ? '.2' : '';
  switch (starter.kind) {
    case 'theme-spread': {
      const theme = stats.themes.find((found) => found.id === starter.theme);
      return tReport(lang, `starter.theme-spread${variant}`, {
        theme: theme?.title ?? starter.theme,
        min: starter.min,
        max: starter.max,
      });
    }
    case 'question-spread': {
      const question = stats.questions.find((found) => found.id === starter.question);
      const label = (id: string): string => question?.options.find((option) => option.id === id)?.label ?? id;
      return tReport(lang, `starter.question-spread${variant}`, {
        number: question?.number ?? 0,
        text: question?.text ?? starter.question,
        low: label(starter.low),
        high: label(starter.high),
      });
    }
    case 'strongest':
    case 'weakest': {
      const theme = stats.themes.find((found) => found.id === starter.theme);
      return tReport(lang, `starter.${starter.kind}`, {
        theme: theme?.title ?? starter.theme,
        mean: formatNumber(starter.mean, lang),
      });
    }
  }
}

/**
 * The report's plain notes under its title: the non-answers (by kind), how many participants
 * show a response style (a count, never who), and a baseline on another version.
 */
export function groupNotes(stats: GroupStats<string>, baseline: GroupComparison<string> | null, lang: Lang): string[] {
  const notes: string[] = [];
  const counts = stats.nonAnswers;
  const parts = (['dontKnow', 'notApplicable', 'dontKnowOrNotApplicable'] as const).flatMap((kind) =>
    counts[kind] > 0 ? [tReport(lang, `report.nonAnswers.${kind}`, { count: counts[kind] })] : [],
  );
  if (parts.length > 0) notes.push(tReport(lang, 'report.nonAnswers', { parts: parts.join(', ') }));
  if (stats.consistencyFlagged > 0)
    notes.push(tReport(lang, 'report.consistency', { count: stats.consistencyFlagged, size: stats.size }));
  if (baseline !== null && !baseline.questionByQuestion) notes.push(tReport(lang, 'versions.group', baseline.versions));
  return notes;
}
