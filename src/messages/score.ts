import type { BatchCounts, Thresholds } from '../core/exit-code.js';
import { formatPath, problemId, type Problem } from '../core/problem.js';
import type { ResultErrorJson } from '../core/result-json.js';
import type { Lang } from '../core/text.js';
import { formatProblem, problemMessage } from './problems.js';
import { defineCatalogue, translator } from './translate.js';

const catalogue = defineCatalogue(() => ({
  nl: {
    'score.description': 'scoor antwoordbestanden in één keer: voor trainers, scripts en CI',
    'score.argument.files':
      'antwoordbestanden, mappen, patronen (tussen aanhalingstekens, zoals "antwoorden/*.yaml") of - voor standaardinvoer',
    'score.option.format': 'uitvoerformaat: {formats} (standaard: table)',
    'score.option.csvStyle':
      'CSV-stijl: excel (;, decimale komma, BOM: voor Nederlandse Excel, standaard) of rfc4180 (komma, punt)',
    'score.option.output': 'schrijf de uitvoer naar FILE (atomair: nooit een half bestand)',
    'score.option.force': 'vervang FILE als het al bestaat',
    'score.option.failUnder': 'exitcode 1 als een totaalscore lager is dan N (0–100)',
    'score.option.failUnderTheme': 'exitcode 1 als een themascore lager is dan N (0–100)',
    'score.option.allowVersionMismatch': 'scoor ook antwoorden op een andere hoofdversie van de vragenlijst',
    'score.option.quiet': 'alleen de resultaten: geen waarschuwingen, voortgang of samenvatting',
    'score.help.after': [
      '',
      'Exitcodes:',
      '  0  alle bestanden geldig en geen score onder de drempels',
      '  1  alle bestanden geldig, maar een score onder --fail-under of --fail-under-theme',
      '  2  een ongeldig bestand of een verkeerde optie (de andere bestanden worden wel gescoord)',
      '',
      'Voorbeelden:',
      '  $ kantellat score antwoorden/',
      '  $ kantellat score "antwoorden/*.yaml" --format json --fail-under 60 > scores.json',
      '  $ kantellat score antwoorden/ --format csv -o scores.csv',
      '  $ cat antwoord.yaml | kantellat score -',
    ].join('\n'),
    'score.usage.threshold': '{option} verwacht een getal van 0 tot en met 100, niet "{value}"',
    'score.usage.csvStyle': 'onbekende CSV-stijl "{value}"; kies uit: {styles}',
    'score.usage.stdinTwice': '"-" (standaardinvoer) kan maar één keer worden gelezen',
    'score.moreProblems': '(en nog {count:errors}; "kantellat validate {file}" toont ze allemaal)',
    'summary.scored': '{count} gescoord',
    'summary.unscored': 'waarvan {count} zonder totaalscore',
    'summary.below': '{count} onder {min}',
    'summary.belowTheme': '{count} met een thema onder {min}',
    'summary.invalid': '{count} ongeldig',
    'csv.themesLeftOut':
      "let op: de CSV heeft geen kolom voor de thema's {themes} van {set} {version} (de kolommen zijn die van {current}); --format json of jsonl geeft ze wel",
    progress: '{done} bestanden gescoord…',
    'table.score': 'Score',
    'table.points': 'Punten',
    'table.level': 'Niveau',
    'table.answered': 'Beantwoord',
    'table.file': 'Bestand',
    'table.noScore': 'geen score',
    'table.gap.too-few-questions.one': '{noScore}: geen van de {total} vragen beantwoord.',
    'table.gap.too-few-questions.other': '{noScore}: minder dan {count} van de {total} vragen beantwoord.',
    'table.gap.too-few-themes.one': '{noScore}: geen thema met een score.',
    'table.gap.too-few-themes.other': "{noScore}: minder dan {count} thema's met een score.",
    'table.gap.level-uncertain':
      '{noScore}: de vragen die openstaan (weet ik niet, n.v.t., leeg) kunnen het niveau nog veranderen.',
    'table.flagged':
      '! = een opvallend antwoordpatroon: overal hetzelfde antwoord, (bijna) overal aan de gunstige kant, of tegenstrijdige antwoorden binnen een thema. Bekijk die antwoorden nog eens; de Markdown- en JSON-uitvoer zeggen welk patroon.',
    'table.themes': "Thema's",
    'table.answeredOf': '{answered} van {total}',
    'table.range':
      '(van–tot) achter een bestand: er staan vragen open, en met die vragen beantwoord ligt het totaal daartussen.',
    'markdown.title': 'Scores: {title}',
    'markdown.questionSet': 'Vragenlijst',
    'markdown.respondent': 'Respondent',
    'markdown.errors': 'Ongeldige bestanden',
    'markdown.details': 'Per bestand: toelichting en volgende stappen',
    'markdown.place': 'regel {line}, kolom {column}',
    'markdown.themes': 'Per thema: advies, en volgende stappen bij je eigen antwoorden',
    'markdown.startHere': 'Hier begin je',
    'template.description': 'een leeg antwoordbestand (YAML) om in een editor in te vullen',
    'template.option.name': 'de naam van wie het invult (respondent)',
    'template.option.output': 'schrijf het sjabloon naar FILE in plaats van naar de standaarduitvoer',
    'template.option.force': 'vervang FILE als het al bestaat',
    'template.header': [
      '{title}: antwoordbestand',
      '',
      'Vul bij elke vraag het id van je antwoord in, bijvoorbeeld:  {example}: {option}',
      'Laat een vraag leeg als je die (nog) niet wilt beantwoorden.',
    ].join('\n'),
    'template.next': 'Score het daarna met:  {kantellat} score{questions} BESTAND',
    'template.next.mirror':
      'Zet de ingevulde bestanden daarna naast je eigen antwoorden:  {kantellat} mirror JOUW-BESTAND MAP-MET-DEZE-BESTANDEN',
    'template.question': 'Vraag {number} ({theme}): {text}',
    'template.options': 'Antwoorden: {options}',
    'template.notes':
      'Persoonlijke notities per vraag (optioneel; kantellat toont ze nooit in meldingen), bijvoorbeeld:',
  },
  en: {
    'score.description': 'score many answer files at once: for trainers, scripts and CI',
    'score.argument.files': 'answer files, folders, patterns (quoted, like "answers/*.yaml") or - for standard input',
    'score.option.format': 'output format: {formats} (default: table)',
    'score.option.csvStyle':
      'CSV style: excel (;, decimal comma, BOM: for Dutch Excel, the default) or rfc4180 (comma, dot)',
    'score.option.output': 'write the output to FILE (atomically: never a partial file)',
    'score.option.force': 'replace FILE if it exists',
    'score.option.failUnder': 'exit code 1 when an overall score is below N (0–100)',
    'score.option.failUnderTheme': 'exit code 1 when a theme score is below N (0–100)',
    'score.option.allowVersionMismatch': 'also score answers to another major version of the question set',
    'score.option.quiet': 'results only: no warnings, progress or summary',
    'score.help.after': [
      '',
      'Exit codes:',
      '  0  every file valid and no score below the thresholds',
      '  1  every file valid, but a score below --fail-under or --fail-under-theme',
      '  2  an invalid file or a wrong option (the other files are still scored)',
      '',
      'Examples:',
      '  $ kantellat score answers/',
      '  $ kantellat score "answers/*.yaml" --format json --fail-under 60 > scores.json',
      '  $ kantellat score answers/ --format csv -o scores.csv',
      '  $ cat answers.yaml | kantellat score -',
    ].join('\n'),
    'score.usage.threshold': '{option} expects a number from 0 to 100, not "{value}"',
    'score.usage.csvStyle': 'unknown CSV style "{value}"; choose from: {styles}',
    'score.usage.stdinTwice': '"-" (standard input) can be read only once',
    'score.moreProblems': '(and {count} more; "kantellat validate {file}" shows them all)',
    'summary.scored': '{count} scored',
    'summary.unscored': 'of which {count} without an overall score',
    'summary.below': '{count} below {min}',
    'summary.belowTheme': '{count} with a theme below {min}',
    'summary.invalid': '{count} invalid',
    'csv.themesLeftOut':
      'note: the CSV has no column for the themes {themes} of {set} {version} (its columns are those of {current}); --format json or jsonl has them',
    progress: '{done} files scored…',
    'table.score': 'Score',
    'table.points': 'Points',
    'table.level': 'Level',
    'table.answered': 'Answered',
    'table.file': 'File',
    'table.noScore': 'no score',
    'table.gap.too-few-questions.one': '{noScore}: none of the {total} questions answered.',
    'table.gap.too-few-questions.other': '{noScore}: fewer than {count} of the {total} questions answered.',
    'table.gap.too-few-themes.one': '{noScore}: no theme with a score.',
    'table.gap.too-few-themes.other': '{noScore}: fewer than {count} themes with a score.',
    'table.gap.level-uncertain':
      "{noScore}: the questions left open (don't know, not applicable, blank) could still change the level.",
    'table.flagged':
      '! = a striking answer pattern: the same answer everywhere, (almost) everywhere at the favourable end, or answers that contradict each other within a theme. Look at those answers again; the Markdown and JSON output say which pattern.',
    'table.themes': 'Themes',
    'table.answeredOf': '{answered} of {total}',
    'table.range':
      '(from–to) after a file: questions are open, and with them answered the total would lie within that range.',
    'markdown.title': 'Scores: {title}',
    'markdown.questionSet': 'Question set',
    'markdown.respondent': 'Respondent',
    'markdown.errors': 'Invalid files',
    'markdown.details': 'Per file: notes and next steps',
    'markdown.place': 'line {line}, column {column}',
    'markdown.themes': 'Per theme: advice, and next steps from your own answers',
    'markdown.startHere': 'Start here',
    'template.description': 'a blank answer file (YAML) to fill in with any editor',
    'template.option.name': 'the name of whoever fills it in (respondent)',
    'template.option.output': 'write the template to FILE instead of standard output',
    'template.option.force': 'replace FILE if it exists',
    'template.header': [
      '{title}: answer file',
      '',
      'For each question, fill in the id of your answer, for example:  {example}: {option}',
      'Leave a question empty if you do not want to answer it (yet).',
    ].join('\n'),
    'template.next': 'Then score it with:  {kantellat} score{questions} FILE',
    'template.next.mirror':
      'Then set the filled-in files beside your own answers:  {kantellat} mirror YOUR-FILE FOLDER-WITH-THESE-FILES',
    'template.question': 'Question {number} ({theme}): {text}',
    'template.options': 'Answers: {options}',
    'template.notes': 'Personal notes per question (optional; kantellat never shows them in messages), for example:',
  },
}));

/** The texts of `kantellat score` and `kantellat template`, in Dutch and English. */
export const tScore = translator(catalogue);

/**
 * A file that could not be scored, as one line for stderr (`file:line:column  message (path)`)
 * and as its `errors` entry: the first error, with a count of the rest. Problems never carry
 * the file's notes, so neither does this.
 */
export function describeBadFile(
  file: string,
  problems: readonly Problem[],
  lang: Lang,
): { line: string; json: ResultErrorJson } {
  // Past the cap, one problem stands for the ones not told (src/io/load.ts): count them in.
  const uncounted = problems.reduce(
    (sum, p) => sum + (p.code === 'more-problems' ? Number(p.params['count'] ?? 0) : 0),
    0,
  );
  const errors = problems.filter((p) => p.severity === 'error' && p.code !== 'more-problems');
  const first = errors[0] ?? problems[0];
  if (first === undefined)
    return { line: file, json: { file, line: null, column: null, code: 'unknown', message: '' } };
  const others = errors.length - 1 + uncounted;
  const more = others > 0 ? ` ${tScore(lang, 'score.moreProblems', { count: others, file })}` : '';
  const path = first.path.length > 0 ? ` (${formatPath(first.path)})` : '';
  return {
    line: `${formatProblem({ ...first, file }, lang)}${more}`,
    json: {
      file,
      line: first.line ?? null,
      column: first.line === undefined ? null : (first.column ?? 1),
      code: problemId(first),
      message: `${problemMessage(first, lang)}${path}${more}`,
    },
  };
}

/** The one-line summary on stderr: "12 gescoord, 1 onder 60, 2 ongeldig". */
export function summaryLine(counts: BatchCounts, thresholds: Thresholds, lang: Lang): string {
  const parts = [tScore(lang, 'summary.scored', { count: counts.scored })];
  if (counts.unscored > 0) parts.push(tScore(lang, 'summary.unscored', { count: counts.unscored }));
  if (thresholds.overall !== undefined)
    parts.push(tScore(lang, 'summary.below', { count: counts.belowOverall, min: thresholds.overall }));
  if (thresholds.theme !== undefined)
    parts.push(tScore(lang, 'summary.belowTheme', { count: counts.belowTheme, min: thresholds.theme }));
  parts.push(tScore(lang, 'summary.invalid', { count: counts.invalid }));
  return parts.join(', ');
}
