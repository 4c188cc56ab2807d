import { defineCatalogue, translator } from './translate.js';

const catalogue = defineCatalogue(() => ({
  nl: {
    'program.description':
      'De Kantellat: hoe gekanteld is jouw manier van werken in de Wmo? 12 vragen, een score per thema en advies.',
    'option.lang': 'taal van vragen en uitvoer: nl of en',
    'option.questions':
      'een eigen vragenlijst (YAML of JSON) in plaats van de Kantellat, of een meegeleverde bij id: kantellat-client (voor cliënten)',
    'option.noColor': 'geen kleur in de uitvoer',
    'option.debug': 'toon technische details (stack traces) bij fouten',
    'option.version': 'toon het versienummer',
    'option.help': 'toon deze hulp',
    'command.help': 'toon hulp bij een opdracht',
    'help.title.Usage:': 'Gebruik:',
    'help.title.Options:': 'Opties:',
    'help.title.Commands:': 'Opdrachten:',
    'help.title.Arguments:': 'Argumenten:',
    'help.title.Global Options:': 'Algemene opties:',
    'help.examples': 'Voorbeelden:',
    'help.examples.text': [
      '  $ kantellat check                      de 12 vragen invullen en je score zien',
      '  $ kantellat check --lang en            in het Engels',
      '  $ kantellat questions --format markdown > kantellat.md',
      '  $ kantellat score antwoorden/ --fail-under 60',
      '  $ kantellat report sessie-1/ --format html -o rapport.html',
    ].join('\n'),
    'error.unexpected':
      'Er ging iets onverwachts mis: {message}\nDraai de opdracht opnieuw met --debug voor details, en meld het ons.',
    'error.usage': '{message}',
    'usage.format': 'onbekend formaat "{value}"; kies uit: {formats}',
    'session.port': 'ongeldige poort "{value}"; geef een getal van 0 tot en met 65535 (0: een vrije poort)',
    'session.minGroup': 'ongeldige waarde "{value}" voor --min-group; geef een geheel getal van 1 tot en met 100',
    'session.listen':
      'kan niet luisteren op {host}:{port} ({reason}); kies een andere poort met --port, of --port 0 voor een vrije',
    'session.notFolder': '{folder} is geen map; kies een andere naam voor de sessie',
    'session.otherSet':
      '{folder} is een sessie met de vragenlijst {found}, niet {expected}; kies een andere map of de vragenlijst van die sessie',
    'session.stateBroken':
      '{file} is beschadigd; haal het weg om in deze map een nieuwe sessie te beginnen (de antwoorden blijven staan)',
    'write.exists': '{file} bestaat al; kies een andere naam of gebruik --force om het te vervangen',
    'write.symlink': '{file} is een symbolische link; daar schrijft kantellat niet doorheen',
    'write.notFile': '{file} is geen gewoon bestand',
    'write.failed': 'kan {file} niet schrijven ({reason}); controleer de map en de rechten',
    'write.folder':
      'kan niet opslaan in de map {folder} ({reason}); controleer de rechten, of kies een andere plek met --save ANDER-BESTAND.yaml',
    'usage.saveAndNoSave': '--save en --no-save gaan niet samen; kies er één',
    'questions.description':
      'de vragenlijst op papier: tekst, Markdown-handout, een A5-kaart om te printen (html), JSON of YAML',
    'option.format': 'uitvoerformaat: {formats}',
    'validate.description': 'controleer vragenlijsten en antwoordbestanden; toont alle fouten tegelijk',
    'validate.ok.set': '{file}: geldige vragenlijst "{id}" {version} ({questions:questions}, {themes:themes})',
    'validate.ok.answers': '{file}: geldig antwoordbestand voor "{id}" ({answered} van {total} beantwoord)',
    'validate.summary': '{valid} van {total:files} geldig.',
    'schema.description': 'JSON Schema voor editors: question-set, answers, result of mirror',
    'usage.schema': 'onbekend schema "{value}"; kies uit: {names}',
    'note.setLanguage':
      'Let op: "{title}" is alleen in het {language} geschreven; de vragen, antwoorden en adviezen blijven in het {language}.',
    'language.nl': 'Nederlands',
    'language.en': 'Engels',
  },
  en: {
    // commander's own section titles, kept as commander writes them.
    'help.title.Usage:': 'Usage:',
    'help.title.Options:': 'Options:',
    'help.title.Commands:': 'Commands:',
    'help.title.Arguments:': 'Arguments:',
    'help.title.Global Options:': 'Global Options:',
    'program.description':
      'The Kantellat: how far has your way of working in the Wmo shifted? 12 questions, a score per theme and advice.',
    'option.lang': 'language of questions and output: nl or en',
    'option.questions':
      'a custom question set (YAML or JSON) instead of the Kantellat, or a bundled one by id: kantellat-client (for clients)',
    'option.noColor': 'no colour in the output',
    'option.debug': 'show technical details (stack traces) on errors',
    'option.version': 'show the version number',
    'option.help': 'show this help',
    'command.help': 'show help for a command',
    'help.examples': 'Examples:',
    'help.examples.text': [
      '  $ kantellat check --lang en            answer the 12 questions and see your score',
      '  $ kantellat questions --format markdown --lang en > kantellat.md',
      '  $ kantellat score answers/ --fail-under 60',
      '  $ kantellat report session-1/ --format html -o report.html',
    ].join('\n'),
    'error.unexpected':
      'Something unexpected went wrong: {message}\nRun the command again with --debug for details, and tell us.',
    'error.usage': '{message}',
    'usage.format': 'unknown format "{value}"; choose from: {formats}',
    'session.port': 'invalid port "{value}"; give a number from 0 to 65535 (0: any free port)',
    'session.minGroup': 'invalid value "{value}" for --min-group; give a whole number from 1 to 100',
    'session.listen':
      'cannot listen on {host}:{port} ({reason}); choose another port with --port, or --port 0 for a free one',
    'session.notFolder': '{folder} is not a folder; choose another name for the session',
    'session.otherSet':
      "{folder} is a session of the question set {found}, not {expected}; choose another folder or that session's question set",
    'session.stateBroken': '{file} is damaged; remove it to start a new session in this folder (the answers stay)',
    'write.exists': '{file} already exists; choose another name or use --force to replace it',
    'write.symlink': '{file} is a symbolic link; kantellat does not write through links',
    'write.notFile': '{file} is not a regular file',
    'write.failed': 'cannot write {file} ({reason}); check the folder and its permissions',
    'write.folder':
      'cannot save in the folder {folder} ({reason}); check its permissions, or choose another place with --save OTHER-FILE.yaml',
    'usage.saveAndNoSave': '--save and --no-save cannot go together; choose one',
    'questions.description':
      'the question set on paper: text, a Markdown handout, an A5 card to print (html), JSON or YAML',
    'option.format': 'output format: {formats}',
    'validate.description': 'check question sets and answer files; shows every problem at once',
    'validate.ok.set': '{file}: valid question set "{id}" {version} ({questions:questions}, {themes:themes})',
    'validate.ok.answers': '{file}: valid answer file for "{id}" ({answered} of {total} answered)',
    'validate.summary': '{valid} of {total:files} valid.',
    'schema.description': 'JSON Schema for editors: question-set, answers, result or mirror',
    'usage.schema': 'unknown schema "{value}"; choose from: {names}',
    'note.setLanguage':
      'Note: "{title}" is written in {language} only; its questions, answers and advice stay in {language}.',
    'language.nl': 'Dutch',
    'language.en': 'English',
  },
}));

export const tCli = translator(catalogue);
