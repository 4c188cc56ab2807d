import type { MirrorQuestion, MirrorResult, MirrorTheme, TeamMirrorTheme } from '../core/mirror.js';
import type { Lang } from '../core/text.js';
import { formatNumber } from './report.js';
import { defineCatalogue, translator } from './translate.js';

const catalogue = defineCatalogue(() => ({
  nl: {
    'mirror.description':
      'zet je eigen antwoorden naast die van je cliënten: per thema, de grootste verschillen eerst, als vragen om over na te denken',
    'mirror.argument.self': 'jouw eigen antwoordbestand (de Kantellat)',
    'mirror.argument.clients': 'antwoordbestanden van cliënten: bestanden, mappen of patronen (minstens 3 cliënten)',
    'mirror.option.format': 'uitvoerformaat: {formats}',
    'mirror.option.clientQuestions':
      'de vragenlijst van de cliënten: een bestand, of het id van een meegeleverde lijst (standaard: de lijst die je eigen lijst spiegelt, zoals kantellat-client)',
    'mirror.option.output':
      'schrijf naar dit bestand (veilig: eerst een tijdelijk bestand) in plaats van naar het scherm',
    'mirror.option.force': 'vervang een bestaand uitvoerbestand',
    'mirror.option.allowVersionMismatch': 'gebruik ook antwoorden op een andere hoofdversie van de vragenlijst',
    'mirror.help.examples': [
      'Voorbeelden:',
      '  $ kantellat mirror mijn-antwoorden.yaml clienten/',
      '  $ kantellat mirror mijn-antwoorden.yaml "clienten/*.yaml" --format html -o spiegel.html',
      '  $ kantellat questions --questions kantellat-client --format html -o kaart.html   de kaart voor cliënten',
    ].join('\n'),
    'mirror.noMirrorSet':
      'er is geen meegeleverde vragenlijst voor cliënten die "{id}" spiegelt; geef er een met --client-questions BESTAND',
    'mirror.pairInvalid': 'de vragenlijst van de cliënten ({file}) past niet bij "{id}" {version} (zie hierboven)',
    'mirror.selfOtherVersion':
      '{file}: je antwoorden zijn gegeven op "{id}" {found}, de vragen voor cliënten spiegelen versie {expected}; vul eerst de nieuwe versie in met "{kantellat} check --save BESTAND"',
    'mirror.noSelf': 'je eigen antwoordbestand is niet te gebruiken (zie hierboven); er is geen spiegel gemaakt',
    'mirror.skipped': '{valid:clients} meegeteld; {invalid:files} overgeslagen vanwege fouten (zie hierboven)',
    'mirror.written': 'spiegel geschreven naar {file}',
    'mirror.title': 'De stem van je cliënten',
    'mirror.subtitle': 'jouw antwoorden op {self} naast die van {count} op de kaart "{clients}"',
    'mirror.clients.one': '1 cliënt',
    'mirror.clients.other': '{n} cliënten',
    'mirror.tooFew':
      'Er {files} van cliënten. Antwoorden van cliënten laat kantellat alleen samen zien, en pas vanaf {min} cliënten: zo blijft iedere cliënt onherkenbaar. Er zijn dus nog geen cijfers. Vraag nog {more:clients} de kaart in te vullen en draai de opdracht opnieuw.',
    'mirror.tooFew.files.one': 'is 1 antwoordbestand',
    'mirror.tooFew.files.other': 'zijn {n} antwoordbestanden',
    'mirror.themes': 'Per thema: jij en je cliënten',
    'mirror.themes.note':
      'Scores van 0 tot 100. Jouw score komt uit je eigen antwoorden, die van je cliënten is hun gemiddelde; n is het aantal cliënten dat bij dat thema genoeg vragen beantwoordde. De grootste verschillen staan bovenaan.',
    'mirror.reflect': 'Om over na te denken',
    'mirror.lower': 'Vragen waar je cliënten duidelijk minder positief zijn',
    'mirror.lower.none': 'Bij geen enkele vraag zijn je cliënten {gap} punten of meer minder positief dan jijzelf.',
    'mirror.valued': 'Wat je cliënten het meest waarderen',
    'mirror.valued.none': 'Geen vraag krijgt van je cliënten gemiddeld 50 of meer.',
    'mirror.howToRead': 'Zo lees je deze spiegel',
    'mirror.howToRead.text':
      'Je eigen antwoorden en die van je cliënten gaan over dezelfde gesprekken, maar met andere vragen en andere antwoorden; beide zijn omgerekend naar 0 tot 100. Een verschil van minder dan {gap} punten zegt weinig. Een groot verschil is geen oordeel, maar een vraag: wat zien zij dat jij niet ziet, of andersom? Cliënten zijn anoniem: hun antwoorden staan hier alleen samen, en pas vanaf {min} cliënten.',
    'mirror.generated': 'Gemaakt met kantellat {version}.',
    'label.you': 'jij',
    'label.client': 'cliënt',
    'label.clients': 'cliënten',
    'label.gap': 'verschil',
    'label.theme': 'Thema',
    'label.question': 'Vraag',
    'label.yourQuestion': 'jouw vraag',
    'theme.self-higher':
      "Je schat '{theme}' hoger in dan je cliënten: jij {self}, zij gemiddeld {mean} (n = {n}). Wat merken zij nog niet van wat jij wilt doen?",
    'theme.self-higher.ask':
      'Kies één vraag van dit thema en vraag een paar cliënten na het gesprek hoe zij dat beleefden.',
    'theme.step': "Het verst uiteen lopen jullie bij '{question}'. Probeer dit: {step}",
    'theme.self-lower':
      "Je cliënten zijn positiever over '{theme}' dan jijzelf: jij {self}, zij gemiddeld {mean} (n = {n}). Wat doe je hier dat werkt, misschien zonder dat je het merkt? Schrijf het op, zodat je het ook op drukke dagen doet.",
    'theme.close':
      "Over '{theme}' denken jij en je cliënten ongeveer hetzelfde: jij {self}, zij gemiddeld {mean} (n = {n}).",
    'theme.missing.self': "'{theme}': geen vergelijking, want je eigen antwoorden geven hier geen score.",
    'theme.missing.clients':
      "'{theme}': geen vergelijking, want minder dan {min} cliënten beantwoordden hier genoeg vragen (n = {n}).",
    'question.lower': "'{text}': je cliënten gemiddeld {mean} (n = {n}); jij {self} bij '{selfText}'.",
    'question.lower.reverse':
      "'{text}': je cliënten gemiddeld {mean} (n = {n}; bij deze vraag is \"nee\" het beste antwoord); jij {self} bij '{selfText}'.",
    'question.valued': "'{text}': gemiddeld {mean} (n = {n}).",
    // report --clients
    'report.option.clients':
      'antwoordbestanden van de cliënten van dit team (bestanden, map of patroon): zet per thema het beeld van het team naast dat van de cliënten',
    'team.title': 'Het team en zijn cliënten',
    'team.note':
      'Per thema het gemiddelde van het team (eigen antwoorden) naast het gemiddelde van alle cliënten samen; n is het aantal mensen met een score. Cliënten tellen pas mee vanaf {min} per thema.',
    'team.label.team': 'team',
    'team.label.clients': 'cliënten',
    'team.tooFew':
      'Er zijn {count} antwoordbestanden van cliënten; cliënten worden pas vanaf {min} samen getoond. Er staan dus nog geen cijfers van cliënten in dit rapport.',
    'team.self-higher':
      "Het team schat '{theme}' hoger in dan de cliënten ({team} tegen {mean}). Wat merken cliënten hier nog niet van?",
    'team.self-lower':
      "De cliënten zijn positiever over '{theme}' dan het team zelf ({mean} tegen {team}). Wat gaat hier goed zonder dat het team het ziet?",
    'team.close': "Over '{theme}' denken team en cliënten ongeveer hetzelfde ({team} en {mean}).",
    'team.missing': "'{theme}': geen vergelijking (te weinig antwoorden).",
    'team.skipped':
      '{valid:clients} in de vergelijking; {invalid:files} van cliënten overgeslagen vanwege fouten (zie hierboven)',
  },
  en: {
    'mirror.description':
      "put your own answers beside your clients' answers: per theme, largest gaps first, as questions to reflect on",
    'mirror.argument.self': 'your own answer file (the Kantellat)',
    'mirror.argument.clients': "clients' answer files: files, folders or patterns (at least 3 clients)",
    'mirror.option.format': 'output format: {formats}',
    'mirror.option.clientQuestions':
      "the clients' question set: a file, or the id of a bundled set (default: the bundled set that mirrors your own, such as kantellat-client)",
    'mirror.option.output': 'write to this file (safely: through a temp file) instead of the screen',
    'mirror.option.force': 'replace an existing output file',
    'mirror.option.allowVersionMismatch': 'also use answers given to another major version of the question set',
    'mirror.help.examples': [
      'Examples:',
      '  $ kantellat mirror my-answers.yaml clients/',
      '  $ kantellat mirror my-answers.yaml "clients/*.yaml" --format html -o mirror.html',
      '  $ kantellat questions --questions kantellat-client --format html -o card.html   the card for clients',
    ].join('\n'),
    'mirror.noMirrorSet': 'no bundled client question set mirrors "{id}"; give one with --client-questions FILE',
    'mirror.pairInvalid': 'the clients\' question set ({file}) does not fit "{id}" {version} (see above)',
    'mirror.selfOtherVersion':
      '{file}: your answers were given to "{id}" {found}, the client questions mirror version {expected}; first fill in the new version with "{kantellat} check --save FILE"',
    'mirror.noSelf': 'your own answer file cannot be used (see above); no mirror was made',
    'mirror.skipped': '{valid:clients} counted; {invalid:files} left out because of errors (see above)',
    'mirror.written': 'mirror written to {file}',
    'mirror.title': "Your clients' voice",
    'mirror.subtitle': 'your answers to {self} beside those of {count} on the card "{clients}"',
    'mirror.clients.one': '1 client',
    'mirror.clients.other': '{n} clients',
    'mirror.tooFew':
      "There {files} from clients. kantellat shows clients' answers only together, and only from {min} clients on: that way no client can be recognised. So there are no numbers yet. Ask more clients to fill in the card ({more:clients} still needed) and run the command again.",
    'mirror.tooFew.files.one': 'is 1 answer file',
    'mirror.tooFew.files.other': 'are {n} answer files',
    'mirror.themes': 'Per theme: you and your clients',
    'mirror.themes.note':
      "Scores from 0 to 100. Your score comes from your own answers, your clients' is their mean; n is the number of clients who answered enough questions of that theme. The largest gaps come first.",
    'mirror.reflect': 'To reflect on',
    'mirror.lower': 'Questions where your clients are clearly less positive',
    'mirror.lower.none': 'On no question are your clients {gap} points or more less positive than you are.',
    'mirror.valued': 'What your clients value most',
    'mirror.valued.none': 'No question gets a mean of 50 or more from your clients.',
    'mirror.howToRead': 'How to read this mirror',
    'mirror.howToRead.text':
      "Your own answers and your clients' are about the same conversations, but with other questions and other answers; both are put on 0 to 100. A gap of less than {gap} points says little. A large gap is not a verdict but a question: what do they see that you don't, or the other way round? Clients are anonymous: their answers are shown only together, and only from {min} clients on.",
    'mirror.generated': 'Made with kantellat {version}.',
    'label.you': 'you',
    'label.client': 'client',
    'label.clients': 'clients',
    'label.gap': 'gap',
    'label.theme': 'Theme',
    'label.question': 'Question',
    'label.yourQuestion': 'your question',
    'theme.self-higher':
      "You rate '{theme}' higher than your clients do: you {self}, they {mean} on average (n = {n}). What do they not yet notice of what you mean to do?",
    'theme.self-higher.ask':
      'Pick one question of this theme and ask a few clients after the conversation how it was for them.',
    'theme.step': "You differ most on '{question}'. Try this: {step}",
    'theme.self-lower':
      "Your clients are more positive about '{theme}' than you are: you {self}, they {mean} on average (n = {n}). What do you do here that works, perhaps without noticing? Write it down, so you keep doing it on busy days.",
    'theme.close': "On '{theme}' you and your clients think much alike: you {self}, they {mean} on average (n = {n}).",
    'theme.missing.self': "'{theme}': no comparison, because your own answers give no score here.",
    'theme.missing.clients':
      "'{theme}': no comparison, because fewer than {min} clients answered enough questions here (n = {n}).",
    'question.lower': "'{text}': your clients {mean} on average (n = {n}); you {self} on '{selfText}'.",
    'question.lower.reverse':
      "'{text}': your clients {mean} on average (n = {n}; on this question \"no\" is the best answer); you {self} on '{selfText}'.",
    'question.valued': "'{text}': {mean} on average (n = {n}).",
    'report.option.clients':
      "answer files of this team's clients (files, a folder or a pattern): per theme the team's view beside the clients'",
    'team.title': 'The team and its clients',
    'team.note':
      "Per theme the team's mean (own answers) beside the mean of all clients together; n is the number of people with a score. Clients count only from {min} per theme.",
    'team.label.team': 'team',
    'team.label.clients': 'clients',
    'team.tooFew':
      'There are {count} answer files from clients; clients are shown only from {min} together. So this report holds no client numbers yet.',
    'team.self-higher':
      "The team rates '{theme}' higher than the clients do ({team} against {mean}). What do clients not yet notice here?",
    'team.self-lower':
      "The clients are more positive about '{theme}' than the team itself ({mean} against {team}). What goes well here without the team seeing it?",
    'team.close': "On '{theme}' team and clients think much alike ({team} and {mean}).",
    'team.missing': "'{theme}': no comparison (too few answers).",
    'team.skipped':
      '{valid:clients} in the comparison; {invalid:files} from clients left out because of errors (see above)',
  },
}));

/** Texts of `kantellat mirror` and of the clients' part of `report --clients`, in `lang`. */
export const tMirror = translator(catalogue);

/** "3 cliënten" */
export function clientsText(n: number, lang: Lang): string {
  return tMirror(lang, n === 1 ? 'mirror.clients.one' : 'mirror.clients.other', { n });
}

/** The clear message for fewer than the minimum of clients: how many there are, why no numbers, what to do. */
export function tooFewText(mirror: Pick<MirrorResult<string>, 'clientCount' | 'minClients'>, lang: Lang): string {
  const files = tMirror(lang, mirror.clientCount === 1 ? 'mirror.tooFew.files.one' : 'mirror.tooFew.files.other', {
    n: mirror.clientCount,
  });
  return tMirror(lang, 'mirror.tooFew', {
    files,
    min: mirror.minClients,
    more: mirror.minClients - mirror.clientCount,
  });
}

/** The reflection prompt (or the plain line) for one theme. */
export function themeText(theme: MirrorTheme<string>, minClients: number, lang: Lang): string {
  const params = {
    theme: theme.title,
    self: formatNumber(theme.self, lang),
    mean: formatNumber(theme.clients.mean, lang),
    n: theme.clients.n,
    min: minClients,
  };
  if (theme.missing === 'self') return tMirror(lang, 'theme.missing.self', params);
  if (theme.missing === 'clients' || theme.direction === null) return tMirror(lang, 'theme.missing.clients', params);
  const text = tMirror(lang, `theme.${theme.direction}`, params);
  if (theme.direction !== 'self-higher') return text;
  const next =
    theme.step === null
      ? tMirror(lang, 'theme.self-higher.ask')
      : tMirror(lang, 'theme.step', { question: theme.step.question, step: theme.step.text });
  return `${text} ${next}`;
}

/** One question where the clients are clearly less positive. */
export function lowerText(question: MirrorQuestion<string>, lang: Lang): string {
  return tMirror(lang, question.reverse ? 'question.lower.reverse' : 'question.lower', {
    text: question.text,
    selfText: question.selfText,
    self: formatNumber(question.self, lang),
    mean: formatNumber(question.clients.mean, lang),
    n: question.clients.n,
  });
}

/** One question clients rate highly. */
export function valuedText(question: MirrorQuestion<string>, lang: Lang): string {
  return tMirror(lang, 'question.valued', {
    text: question.text,
    mean: formatNumber(question.clients.mean, lang),
    n: question.clients.n,
  });
}

/** The one-line reading of a team theme against its clients. */
export function teamThemeText(theme: TeamMirrorTheme<string>, lang: Lang): string {
  const params = {
    theme: theme.title,
    team: formatNumber(theme.team.mean, lang),
    mean: formatNumber(theme.clients.mean, lang),
  };
  return theme.direction === null
    ? tMirror(lang, 'team.missing', params)
    : tMirror(lang, `team.${theme.direction}`, params);
}

/** "jouw antwoorden op De Kantellat 2.0.0 naast die van 4 cliënten op de kaart ..." */
export function subtitleText(
  mirror: Pick<MirrorResult<string>, 'selfSet' | 'clientSet' | 'clientCount'>,
  lang: Lang,
): string {
  return tMirror(lang, 'mirror.subtitle', {
    self: `${mirror.selfSet.title} ${mirror.selfSet.version}`,
    count: clientsText(mirror.clientCount, lang),
    clients: `${mirror.clientSet.title} ${mirror.clientSet.version}`,
  });
}
