import { defineCatalogue, translator } from './translate.js';

/**
 * The words of `kantellat form` and of the page it writes. The page bundles this catalogue (and
 * check's, for the words the two share), so nothing here may import from Node.
 */
const catalogue = defineCatalogue(() => ({
  nl: {
    'form.description':
      'schrijf de vragenlijst als één HTML-pagina die iedereen in een browser kan invullen, ook offline',
    'form.option.output': 'schrijf de pagina naar dit bestand (- voor standaarduitvoer; standaard: {file})',
    'form.option.force': 'vervang een bestaand bestand zonder te vragen',
    'form.written':
      'De pagina staat in {file}. Stuur hem naar je groep: openen in een browser is genoeg, er is geen internet of installatie nodig.',
    'form.exists': '{file} bestaat al. Kies een andere naam met -o, of vervang het met --force.',

    'page.noscript':
      'Deze pagina heeft JavaScript nodig. Zet JavaScript aan, of vraag je trainer om een antwoordbestand om in te vullen.',
    'page.loading': 'De vragenlijst wordt geladen…',
    'page.language': 'Taal',
    'page.intro.heading': 'Voordat je begint',
    'page.intro.facts': '{total} vragen · ongeveer {minutes} minuten.',
    'page.intro.factsOne': '1 vraag · ongeveer 1 minuut.',
    'page.intro.private':
      'Je antwoorden blijven in deze browser op dit apparaat. Er wordt niets verstuurd; aan het eind download je zelf je antwoorden.',
    'page.intro.privateSubmit':
      'Je antwoorden worden in deze browser bewaard tot je klaar bent. Na het overzicht gaan ze naar de sessie van je trainer.',
    'page.intro.noStorage':
      'Let op: deze browser bewaart niets tussendoor. Sluit de pagina niet voordat je klaar bent.',
    'page.intro.how': 'Je ziet steeds één vraag. Je kunt altijd terug, en aan het eind elk antwoord nog wijzigen.',
    'page.start': 'Begin',
    'page.welcomeBack': 'Welkom terug. Je antwoorden zijn bewaard; je gaat verder waar je was.',
    'page.why': 'Uitleg bij deze vraag',
    'page.back': 'Vorige vraag',
    'page.backToSummary': 'Terug naar het overzicht',
    'page.next': 'Volgende',
    'page.toSummary': 'Naar het overzicht',
    'page.save': 'Bewaar en terug naar het overzicht',
    'page.choose': 'Kies eerst een antwoord.',
    'page.orElse': 'Of, als je het niet kunt zeggen:',
    'page.note.label': 'Notitie (mag leeg blijven)',
    'page.note.hint': 'Alleen voor jezelf: de notitie komt in het bestand dat je downloadt.',
    'page.note.hintSubmit': 'De notitie gaat met je antwoorden mee naar de sessie.',
    'page.summary.note': 'met notitie',
    'page.summary.change': 'Wijzig',
    'page.summary.changeWhich': 'antwoord op vraag {number}',
    'page.name.label': 'Je naam (mag leeg blijven)',
    'page.name.hint': 'Komt alleen in het bestand met je antwoorden.',
    'page.name.hintSubmit': 'Je trainer ziet deze naam bij je antwoorden.',
    'page.showResult': 'Toon mijn uitslag',
    'page.download': 'Download mijn antwoorden',
    'page.copy': 'Kopieer mijn antwoorden',
    'page.copied': 'Je antwoorden staan op het klembord.',
    'page.copyFailed': 'Kopiëren lukte niet. Selecteer de tekst hieronder en kopieer hem zelf.',
    'page.fileHeading': 'Je antwoorden als tekst',
    'page.fileHint': 'Bewaar dit als {file}; kantellat score leest het.',
    'page.print': 'Afdrukken',
    'page.change': 'Antwoorden wijzigen',
    'page.restart': 'Opnieuw beginnen',
    'page.restartAsk': 'Alles wissen en opnieuw beginnen? Je antwoorden in deze browser gaan dan weg.',
    'page.restartYes': 'Ja, wis alles',
    'page.restartNo': 'Nee, ga terug',
    'page.sending': 'Je antwoorden worden verstuurd…',
    'page.sent': 'Je antwoorden zijn verstuurd naar de sessie.',
    'page.resent': 'Je gewijzigde antwoorden zijn verstuurd naar de sessie.',
    'page.sendFailed': 'Versturen lukte niet: {message} Je antwoorden staan nog hier.',
    'page.sendOffline': 'er is geen verbinding met de sessie.',
    'page.sendRetry': 'Opnieuw versturen',
  },
  en: {
    'form.description': 'write the question set as one HTML page anyone can fill in in a browser, offline too',
    'form.option.output': 'write the page to this file (- for standard output; default: {file})',
    'form.option.force': 'replace an existing file without asking',
    'form.written':
      'The page is in {file}. Send it to your group: opening it in a browser is all it takes, no internet or installation needed.',
    'form.exists': '{file} already exists. Choose another name with -o, or replace it with --force.',

    'page.noscript':
      'This page needs JavaScript. Turn JavaScript on, or ask your trainer for an answer file to fill in.',
    'page.loading': 'Loading the questions…',
    'page.language': 'Language',
    'page.intro.heading': 'Before you start',
    'page.intro.facts': '{total} questions · about {minutes} minutes.',
    'page.intro.factsOne': '1 question · about 1 minute.',
    'page.intro.private':
      'Your answers stay in this browser on this device. Nothing is sent; at the end you download your answers yourself.',
    'page.intro.privateSubmit':
      "Your answers are kept in this browser until you are done. After the overview they go to your trainer's session.",
    'page.intro.noStorage':
      'Note: this browser keeps nothing along the way. Do not close the page before you are done.',
    'page.intro.how': 'You see one question at a time. You can always go back, and change any answer at the end.',
    'page.start': 'Start',
    'page.welcomeBack': 'Welcome back. Your answers were kept; you continue where you were.',
    'page.why': 'About this question',
    'page.back': 'Previous question',
    'page.backToSummary': 'Back to the overview',
    'page.next': 'Next',
    'page.toSummary': 'To the overview',
    'page.save': 'Save and back to the overview',
    'page.choose': 'Choose an answer first.',
    'page.orElse': 'Or, if you cannot say:',
    'page.note.label': 'Note (may stay empty)',
    'page.note.hint': 'Only for yourself: the note goes into the file you download.',
    'page.note.hintSubmit': 'The note goes with your answers to the session.',
    'page.summary.note': 'with a note',
    'page.summary.change': 'Change',
    'page.summary.changeWhich': 'answer to question {number}',
    'page.name.label': 'Your name (may stay empty)',
    'page.name.hint': 'Only goes into the file with your answers.',
    'page.name.hintSubmit': 'Your trainer sees this name with your answers.',
    'page.showResult': 'Show my result',
    'page.download': 'Download my answers',
    'page.copy': 'Copy my answers',
    'page.copied': 'Your answers are on the clipboard.',
    'page.copyFailed': 'Copying did not work. Select the text below and copy it yourself.',
    'page.fileHeading': 'Your answers as text',
    'page.fileHint': 'Save this as {file}; kantellat score reads it.',
    'page.print': 'Print',
    'page.change': 'Change answers',
    'page.restart': 'Start over',
    'page.restartAsk': 'Erase everything and start over? Your answers in this browser will be gone.',
    'page.restartYes': 'Yes, erase everything',
    'page.restartNo': 'No, go back',
    'page.sending': 'Sending your answers…',
    'page.sent': 'Your answers were sent to the session.',
    'page.resent': 'Your changed answers were sent to the session.',
    'page.sendFailed': 'Sending did not work: {message} Your answers are still here.',
    'page.sendOffline': 'there is no connection to the session.',
    'page.sendRetry': 'Send again',
  },
}));

/** Translates a key of the form's catalogue. */
export const tForm = translator(catalogue);
