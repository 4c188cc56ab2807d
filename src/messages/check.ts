import { defineCatalogue, translator } from './translate.js';

/** The words of `kantellat check` and `kantellat history`: prompts, results screen, hints. */
const catalogue = defineCatalogue(() => ({
  nl: {
    'check.description':
      'vul de Kantellat in (of een eigen vragenlijst met --questions) en zie je score en advies per thema',
    'option.notes': 'vraag na elk antwoord om een korte notitie (mag leeg blijven)',
    'option.json': 'zet de uitslag als JSON op stdout in plaats van het uitslagscherm',
    'option.save': 'sla de antwoorden op in dit bestand (standaard: in je gegevensmap, zie kantellat history)',
    'option.noSave': 'sla niets op, ook niet tussendoor (dan kun je later niet verder gaan)',
    'option.name': 'je naam in het antwoordbestand (standaard leeg)',
    'option.force': 'vervang een bestaand bestand zonder te vragen',
    'option.resume': 'ga verder met een check die je eerder hebt onderbroken',

    noTty: [
      'kantellat check stelt de vragen één voor één in een terminal, maar hier is geen',
      'interactieve terminal (bijvoorbeeld in CI, of met een pijp of omleiding).',
      'Vul de vragen dan in een bestand in:',
      '  {kantellat} template -o antwoorden.yaml  een leeg antwoordbestand om in te vullen',
      '  {kantellat} score antwoorden.yaml        je uitslag bij dat bestand',
    ].join('\n'),
    stdoutRedirected:
      'De uitvoer van kantellat check gaat naar een bestand of pijp, maar de uitslag is om te lezen. Gebruik {kantellat} check --json > uitslag.json voor de uitslag als JSON in een bestand (de vragen komen dan gewoon op het scherm).',

    'intro.facts': '{total:questions} · ongeveer {minutes} minuten · je antwoorden blijven op deze computer.',
    'intro.factsOne': '1 vraag · je antwoord blijft op deze computer.',
    'intro.private': 'Je antwoorden blijven op deze computer.',
    'intro.keys':
      'Kies met de pijltjestoetsen of een cijfer en druk op Enter. Je kunt altijd terug naar een vorige vraag.',
    'intro.pause': 'Stoppen kan altijd met Ctrl+C: wat je al hebt ingevuld blijft bewaard.',
    'intro.pauseNoSave': 'Stoppen kan altijd met Ctrl+C (met --no-save wordt niets bewaard).',
    'intro.resumed':
      'Welkom terug. Je had {answered} van de {total:questions} ingevuld; we gaan verder bij vraag {number}.',
    'intro.resumedSummary': 'Welkom terug. Je had alle vragen al gehad; hieronder staat je overzicht.',

    'question.header': 'Vraag {number} van {total} · {theme}',
    'question.trail': 'Vraag {number} · {theme}: {answer}',
    'choice.help': '? uitleg bij deze vraag',
    'choice.back': '{arrow} vorige vraag',
    'choice.backToSummary': '{arrow} terug naar het overzicht (niets wijzigen)',
    'keys.select': '{arrows} of cijfer: kiezen · Enter: bevestigen · Ctrl+C: stoppen',
    'keys.selectShort': '{arrows}/cijfer · Enter · Ctrl+C: stoppen',
    'help.title': 'Uitleg bij deze vraag',
    'help.read': 'Uitleg gelezen?',
    'help.back': 'Terug naar de vraag',
    'note.message': 'Notitie bij vraag {number} (mag leeg blijven, Enter om door te gaan):',
    'note.saved': '  (notitie bewaard)',

    'summary.title': 'Je antwoorden: {answered} van {total} beantwoord',
    'summary.none': '(geen antwoord)',
    'summary.ask': 'Klopt dit zo?',
    'summary.done': 'Ja, toon mijn uitslag',
    'summary.change': 'Ik wil een antwoord wijzigen',
    'summary.pick': 'Welke vraag wil je wijzigen?',
    'summary.pickNone': '{arrow} niets wijzigen, terug naar het overzicht',

    yes: 'Ja',
    no: 'Nee',

    'draft.found':
      'Je hebt een check die nog niet af is: begonnen op {date}, {answered} van {total:questions} ingevuld.',
    'draft.foundOf':
      'Er is een check van {name} die nog niet af is: begonnen op {date}, {answered} van {total:questions} ingevuld.',
    'draft.foundOtherOf':
      'Er is een check van {name} die nog niet af is, voor vragenlijst "{id}" versie {version}, begonnen op {date}.',
    'draft.resumeOf': 'Verdergaan met de check van {name}',
    'draft.restartAside': 'Een nieuwe check beginnen (die van {name} blijft apart bewaard)',
    'draft.keptAside':
      'De onafgemaakte check van {name} blijft bewaard; zodra je de eerste vraag beantwoordt, staat hij in:\n  {file}',
    'resume.whose': 'Je gaat verder met de check van {name}, begonnen op {date}.',
    'resume.whoseAnonymous': 'Je gaat verder met de check zonder naam die begonnen is op {date}.',
    'draft.foundOther':
      'Je hebt een check die nog niet af is, voor vragenlijst "{id}" versie {version}, begonnen op {date}.',
    'draft.foundBroken': 'Er staat een onafgemaakte check ({file}), maar die kan niet worden gelezen.',
    'draft.ask': 'Wat wil je doen?',
    'draft.resume': 'Verdergaan waar ik gebleven was',
    'draft.restart': 'Opnieuw beginnen (de onafgemaakte check wordt weggegooid)',
    'draft.stop': 'Stoppen (er verandert niets)',
    'draft.stopped': 'Er is niets veranderd. Later verder gaan: {command}',
    'draft.broken':
      'De onafgemaakte check kan niet worden gelezen. Begin opnieuw met: {kantellat} check (je krijgt dan de keus om hem weg te gooien).',
    'resume.none': 'Er is geen onafgemaakte check gevonden; we beginnen een nieuwe.',
    'resume.otherSet':
      'De onafgemaakte check hoort bij vragenlijst "{found}" versie {foundVersion}, niet bij "{expected}" versie {expectedVersion}. Ga verder met: {command}',
    'resume.otherVersion':
      'De onafgemaakte check is begonnen op versie {foundVersion} van "{found}"; deze versie is {expectedVersion}, dus de antwoorden passen er misschien niet meer op. Begin opnieuw met: {kantellat} check',

    'interrupted.saved': 'Gestopt; je antwoorden zijn bewaard. Verder gaan: {command}',
    'interrupted.nothing': 'Gestopt; er was nog niets ingevuld.',
    'interrupted.noSave': 'Gestopt; er is niets bewaard (--no-save).',

    'save.existsAsk': '{file} bestaat al. Wil je het vervangen door je nieuwe antwoorden?',
    'save.declined':
      'Er is niets veranderd: {file} bestaat al. Kies een andere naam met --save, of vervang het met --force.',
    'save.declinedEnd': 'Niet opgeslagen. Je antwoorden staan klaar; bewaar ze met: {command}',
    'save.failed':
      'Je antwoorden zijn niet verloren: ze staan in de onafgemaakte check ({draft}). Sla ze ergens anders op met:\n  {command}',
    saved: 'Je antwoorden zijn opgeslagen in:\n  {file}',
    'saved.history': 'Eerdere uitslagen bekijk je met:\n  {command}',
    notSaved: 'Je antwoorden zijn niet opgeslagen (--no-save).',
    'file.header': [
      '{title}: antwoorden, ingevuld met "{via}" op {date}.',
      'Vragenlijst "{id}", versie {version}.',
      'Persoonlijke antwoorden en notities: deel dit bestand alleen bewust.',
      'De uitslag opnieuw bekijken: kantellat score{questions} <dit bestand>',
    ].join('\n'),
    'file.options': 'antwoorden: {options}',

    'consistency.ask': 'Wil je je antwoorden nog eens bekijken voordat je de uitslag ziet?',
    'consistency.review': 'Ja, terug naar het overzicht van mijn antwoorden',
    'consistency.keep': 'Nee, mijn antwoorden kloppen: toon de uitslag',
    'result.title': '{title} · jouw uitslag',
    'result.overall': 'Totaal',
    'result.score': '{score} van 100',
    'result.points': '{points} van {max} punten',
    'result.themes': 'Per thema',
    'result.tooFew': 'geen score: te weinig antwoorden ({answered} van {total}, minstens {min} nodig)',
    'result.partly': '{answered} van {total:questions} beantwoord',
    'result.focusPointer': '{arrow} Hier begin je; de stappen staan hieronder.',
    'result.strongest': 'Je sterkste thema: {theme} ({score} van 100).',
    'result.focus': 'Hier begin je: {theme} ({score} van 100). Probeer deze stappen:',
    'result.focusOwn': 'Hier begin je: {theme} ({score} van 100).',
    'result.noScore':
      'Er zijn te weinig vragen beantwoord om een score te geven. Doe de check nog eens en kies waar het kan een antwoord.',
    'result.answered.one': 'De vraag is beantwoord.',
    'result.answered.other': 'Alle {count} vragen beantwoord.',
    'result.answeredPart': '{answered} van {total:questions} beantwoord.',

    'history.description': 'je opgeslagen uitslagen, nieuwste eerst',
    'history.none':
      'Er zijn nog geen opgeslagen uitslagen van "{title}". Vul de vragenlijst in met: {kantellat} check{questions}',
    'history.title': 'Opgeslagen uitslagen, nieuwste eerst ({count}):',
    'history.date': 'Datum',
    'history.name': 'Naam',
    'history.score': 'Score',
    'history.level': 'Niveau',
    'history.otherSet': 'andere vragenlijst ({id})',
    'history.unreadable': 'kan niet worden gelezen',
    'history.noScore': 'geen score',
    'history.folder': 'Map: {folder}',
  },
  en: {
    'check.description':
      'fill in the Kantellat (or your own question set with --questions) and see your score and advice per theme',
    'option.notes': 'ask for a short note after each answer (may stay empty)',
    'option.json': 'print the result as JSON on stdout instead of the results screen',
    'option.save': 'save the answers to this file (default: your data folder, see kantellat history)',
    'option.noSave': 'save nothing, not even along the way (so you cannot continue later)',
    'option.name': 'your name in the answer file (empty by default)',
    'option.force': 'replace an existing file without asking',
    'option.resume': 'continue a check you stopped earlier',

    noTty: [
      'kantellat check asks its questions one by one in a terminal, but there is no',
      'interactive terminal here (in CI, for example, or with a pipe or redirection).',
      'Fill in the questions in a file instead:',
      '  {kantellat} template -o answers.yaml  a blank answer file to fill in',
      '  {kantellat} score answers.yaml        your result for that file',
    ].join('\n'),
    stdoutRedirected:
      'The output of kantellat check goes to a file or pipe, but the result is for reading. Use {kantellat} check --json > result.json for the result as JSON in a file (the questions still show on the screen).',

    'intro.facts': '{total:questions} · about {minutes} minutes · your answers stay on this computer.',
    'intro.factsOne': '1 question · your answer stays on this computer.',
    'intro.private': 'Your answers stay on this computer.',
    'intro.keys':
      'Choose with the arrow keys or a number and press Enter. You can always go back to a previous question.',
    'intro.pause': 'You can stop at any time with Ctrl+C: what you have filled in is kept.',
    'intro.pauseNoSave': 'You can stop at any time with Ctrl+C (with --no-save nothing is kept).',
    'intro.resumed':
      'Welcome back. You had answered {answered} of the {total:questions}; we continue at question {number}.',
    'intro.resumedSummary': 'Welcome back. You had been through all the questions; here is your overview.',

    'question.header': 'Question {number} of {total} · {theme}',
    'question.trail': 'Question {number} · {theme}: {answer}',
    'choice.help': '? about this question',
    'choice.back': '{arrow} previous question',
    'choice.backToSummary': '{arrow} back to the overview (change nothing)',
    'keys.select': '{arrows} or number: choose · Enter: confirm · Ctrl+C: stop',
    'keys.selectShort': '{arrows}/number · Enter · Ctrl+C: stop',
    'help.title': 'About this question',
    'help.read': 'Done reading?',
    'help.back': 'Back to the question',
    'note.message': 'Note for question {number} (may stay empty, Enter to go on):',
    'note.saved': '  (note kept)',

    'summary.title': 'Your answers: {answered} of {total} answered',
    'summary.none': '(no answer)',
    'summary.ask': 'Is this right?',
    'summary.done': 'Yes, show my result',
    'summary.change': 'I want to change an answer',
    'summary.pick': 'Which question do you want to change?',
    'summary.pickNone': '{arrow} change nothing, back to the overview',

    yes: 'Yes',
    no: 'No',

    'draft.found':
      'You have a check that is not finished: started on {date}, {answered} of {total:questions} filled in.',
    'draft.foundOf':
      'There is an unfinished check by {name}: started on {date}, {answered} of {total:questions} filled in.',
    'draft.foundOtherOf':
      'There is an unfinished check by {name}, for question set "{id}" version {version}, started on {date}.',
    'draft.resumeOf': "Continue {name}'s check",
    'draft.restartAside': "Start a new check ({name}'s is kept aside)",
    'draft.keptAside': "{name}'s unfinished check is kept; once you answer the first question it is in:\n  {file}",
    'resume.whose': "Continuing {name}'s check, started on {date}.",
    'resume.whoseAnonymous': 'Continuing the check without a name that was started on {date}.',
    'draft.foundOther':
      'You have a check that is not finished, for question set "{id}" version {version}, started on {date}.',
    'draft.foundBroken': 'There is an unfinished check ({file}), but it cannot be read.',
    'draft.ask': 'What would you like to do?',
    'draft.resume': 'Continue where I left off',
    'draft.restart': 'Start again (the unfinished check is thrown away)',
    'draft.stop': 'Stop (nothing changes)',
    'draft.stopped': 'Nothing has changed. To continue later: {command}',
    'draft.broken':
      'The unfinished check cannot be read. Start again with: {kantellat} check (you will be asked whether to throw it away).',
    'resume.none': 'No unfinished check was found; starting a new one.',
    'resume.otherSet':
      'The unfinished check belongs to question set "{found}" version {foundVersion}, not "{expected}" version {expectedVersion}. Continue with: {command}',
    'resume.otherVersion':
      'The unfinished check was started on version {foundVersion} of "{found}"; this is version {expectedVersion}, so the answers may no longer fit. Start again with: {kantellat} check',

    'interrupted.saved': 'Stopped; your answers are kept. To continue: {command}',
    'interrupted.nothing': 'Stopped; nothing had been filled in yet.',
    'interrupted.noSave': 'Stopped; nothing was kept (--no-save).',

    'save.existsAsk': '{file} already exists. Replace it with your new answers?',
    'save.declined':
      'Nothing has changed: {file} already exists. Choose another name with --save, or replace it with --force.',
    'save.declinedEnd': 'Not saved. Your answers are kept; save them with: {command}',
    'save.failed':
      'Your answers are not lost: they are in the unfinished check ({draft}). Save them somewhere else with:\n  {command}',
    saved: 'Your answers are saved in:\n  {file}',
    'saved.history': 'See earlier results with:\n  {command}',
    notSaved: 'Your answers were not saved (--no-save).',
    'file.header': [
      '{title}: answers, filled in with "{via}" on {date}.',
      'Question set "{id}", version {version}.',
      'Personal answers and notes: share this file only on purpose.',
      'To see the result again: kantellat score{questions} <this file>',
    ].join('\n'),
    'file.options': 'answers: {options}',

    'consistency.ask': 'Would you like to look at your answers again before you see the result?',
    'consistency.review': 'Yes, back to the overview of my answers',
    'consistency.keep': 'No, my answers are right: show the result',
    'result.title': '{title} · your result',
    'result.overall': 'Overall',
    'result.score': '{score} of 100',
    'result.points': '{points} of {max} points',
    'result.themes': 'Per theme',
    'result.tooFew': 'no score: too few answers ({answered} of {total}, at least {min} needed)',
    'result.partly': '{answered} of {total:questions} answered',
    'result.focusPointer': '{arrow} Start here; the steps are below.',
    'result.strongest': 'Your strongest theme: {theme} ({score} of 100).',
    'result.focus': 'Start here: {theme} ({score} of 100). Try these steps:',
    'result.focusOwn': 'Start here: {theme} ({score} of 100).',
    'result.noScore':
      'Too few questions were answered to give a score. Take the check again and choose an answer where you can.',
    'result.answered.one': 'The question is answered.',
    'result.answered.other': 'All {count} questions answered.',
    'result.answeredPart': '{answered} of {total:questions} answered.',

    'history.description': 'your saved results, newest first',
    'history.none':
      'There are no saved results of "{title}" yet. Fill in the question set with: {kantellat} check{questions}',
    'history.title': 'Saved results, newest first ({count}):',
    'history.date': 'Date',
    'history.name': 'Name',
    'history.score': 'Score',
    'history.level': 'Level',
    'history.otherSet': 'other question set ({id})',
    'history.unreadable': 'cannot be read',
    'history.noScore': 'no score',
    'history.folder': 'Folder: {folder}',
  },
}));

export const tCheck = translator(catalogue);
