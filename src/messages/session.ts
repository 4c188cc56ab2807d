import type { Lang } from '../core/text.js';
import { defineCatalogue, translator } from './translate.js';

/** The words of `kantellat session`: the terminal, the projector page and the server's refusals. */
const catalogue = defineCatalogue(() => ({
  nl: {
    // Command line
    'session.description':
      'een groepssessie: deelnemers vullen in op hun telefoon, de beamer toont live het groepsbeeld',
    'session.argument.folder':
      'map voor de antwoorden (standaard sessie-JJJJ-MM-DD); een bestaande sessiemap gaat verder',
    'session.option.host':
      'adres om op te luisteren (standaard: alle netwerken, zodat telefoons in de zaal erbij kunnen; 127.0.0.1: alleen deze computer)',
    'session.option.port': 'poort (0: een vrije poort)',
    'session.option.minGroup': 'het groepsbeeld verschijnt pas vanaf zoveel antwoorden',
    'session.option.json': 'schrijf de adressen als één JSON-regel (voor scripts)',
    'session.help.examples': [
      'Voorbeelden:',
      '  $ kantellat session                          start een sessie in sessie-JJJJ-MM-DD/',
      '  $ kantellat session team-noord/ --port 8080',
      '  $ kantellat session --host 127.0.0.1         alleen op deze computer (om uit te proberen)',
      'Stop met Ctrl+C; daarna: kantellat report MAP --format html -o rapport.html',
    ].join('\n'),
    // Terminal, when the server listens
    'session.started': 'De sessie loopt.',
    'session.join': 'Deelnemers (telefoon of laptop), open:',
    'session.scan': 'of scan deze code:',
    'session.projector': 'Beamer (groepsbeeld, live):',
    'session.folder': 'Antwoorden worden bewaard in:',
    'session.continued.one': 'Er staat al 1 eerder antwoord in deze map; de sessie gaat verder.',
    'session.continued.other': 'Er staan al {n} eerdere antwoorden in deze map; de sessie gaat verder.',
    'session.network':
      'Bereikbaar voor iedereen op dit netwerk (adressen: {addresses}); start met --host 127.0.0.1 om alleen deze computer toe te laten.',
    'session.local': 'Alleen bereikbaar vanaf deze computer ({host}).',
    'session.noNetwork': 'Deze computer heeft geen netwerkadres; telefoons kunnen er nu niet bij.',
    'session.stop': 'Stop de sessie met Ctrl+C.',
    'session.summary.one': '1 antwoord in {folder}; groepsrapport: {kantellat} report {folder} --format html -o {file}',
    'session.summary.other':
      '{n} antwoorden in {folder}; groepsrapport: {kantellat} report {folder} --format html -o {file}',
    'session.reportFile': 'groepsrapport.html',
    // Projector page
    'projector.title': 'Groepssessie',
    'projector.join': 'Doe mee op je telefoon of laptop:',
    'projector.qr': 'QR-code met het adres om mee te doen',
    'projector.count.one': '1 antwoord',
    'projector.count.other': '{n} antwoorden',
    'projector.zero': 'Nog geen antwoorden',
    'projector.waiting':
      'Het groepsbeeld verschijnt vanaf {min} antwoorden, zodat niemand te herkennen is. Nog {left} te gaan.',
    'projector.live':
      'Dit beeld werkt zichzelf bij als er antwoorden binnenkomen. Namen en toelichtingen staan er nooit op.',
    'projector.offline': 'De verbinding met de sessie is weg; het beeld probeert het opnieuw.',
    'projector.ended': 'De sessie is gestopt.',
    // The server's refusals, shown by the participant page
    'http.notFound': 'Dit adres bestaat niet. Controleer de code in het adres.',
    'http.tooMany': 'Te veel verkeerde codes vanaf dit adres. Probeer het over een minuut opnieuw.',
    'http.tooLarge':
      'De antwoorden zijn te groot om te versturen (de grens is {limit} kB). Maak de toelichtingen korter.',
    'http.mediaType': 'Stuur de antwoorden als JSON (Content-Type: application/json).',
    'http.invalidJson': 'De antwoorden konden niet gelezen worden: dit is geen geldige JSON.',
    'http.invalid': 'De antwoorden kloppen niet: {problems}',
    'http.unknownSecret': 'Je eerdere antwoorden zijn niet gevonden; verstuur ze opnieuw als nieuwe deelnemer.',
    'http.full': 'Deze sessie is vol ({max} deelnemers). Vraag de trainer om een nieuwe sessie.',
    'http.busy':
      'Deze sessie neemt geen antwoorden meer aan (meer dan {max} keer verstuurd). Vraag de trainer om een nieuwe sessie.',
    'http.host': 'Dit adres hoort niet bij deze sessie.',
    'http.closing': 'De sessie wordt afgesloten; er worden geen antwoorden meer aangenomen.',
    'http.saveFailed': 'De antwoorden konden niet worden opgeslagen. Probeer het opnieuw of vraag de trainer.',
    'http.timeout': 'Het versturen duurde te lang. Probeer het opnieuw.',
    'http.bad': 'Dit verzoek is niet te verwerken.',
    'http.projectors': "Er zijn al {max} beamerpagina's open; sluit er een en probeer het opnieuw.",
  },
  en: {
    'session.description': 'a group session: participants answer on their phones, the projector shows the group live',
    'session.argument.folder':
      'folder for the answers (default sessie-YYYY-MM-DD); an existing session folder continues',
    'session.option.host':
      'address to listen on (default: every network, so that phones in the room can reach it; 127.0.0.1: this computer only)',
    'session.option.port': 'port (0: any free port)',
    'session.option.minGroup': 'the group picture appears only from this many answers',
    'session.option.json': 'write the addresses as one JSON line (for scripts)',
    'session.help.examples': [
      'Examples:',
      '  $ kantellat session                          start a session in sessie-YYYY-MM-DD/',
      '  $ kantellat session team-north/ --port 8080',
      '  $ kantellat session --host 127.0.0.1         this computer only (to try it out)',
      'Stop with Ctrl+C; then: kantellat report FOLDER --format html -o report.html',
    ].join('\n'),
    'session.started': 'The session is running.',
    'session.join': 'Participants (phone or laptop), open:',
    'session.scan': 'or scan this code:',
    'session.projector': 'Projector (the group, live):',
    'session.folder': 'Answers are kept in:',
    'session.continued.one': '1 earlier answer in this folder; the session continues.',
    'session.continued.other': '{n} earlier answers in this folder; the session continues.',
    'session.network':
      'Reachable for everyone on this network (addresses: {addresses}); start with --host 127.0.0.1 to allow this computer only.',
    'session.local': 'Reachable from this computer only ({host}).',
    'session.noNetwork': 'This computer has no network address; phones cannot reach it now.',
    'session.stop': 'Stop the session with Ctrl+C.',
    'session.summary.one': '1 answer in {folder}; group report: {kantellat} report {folder} --format html -o {file}',
    'session.summary.other':
      '{n} answers in {folder}; group report: {kantellat} report {folder} --format html -o {file}',
    'session.reportFile': 'group-report.html',
    'projector.title': 'Group session',
    'projector.join': 'Join on your phone or laptop:',
    'projector.qr': 'QR code with the address to join',
    'projector.count.one': '1 answer',
    'projector.count.other': '{n} answers',
    'projector.zero': 'No answers yet',
    'projector.waiting':
      'The group picture appears from {min} answers, so that nobody can be recognised. {left} to go.',
    'projector.live': 'This picture updates itself as answers come in. Names and notes are never on it.',
    'projector.offline': 'The connection to the session is lost; the page keeps trying.',
    'projector.ended': 'The session has stopped.',
    'http.notFound': 'This address does not exist. Check the code in the address.',
    'http.tooMany': 'Too many wrong codes from this address. Try again in a minute.',
    'http.tooLarge': 'The answers are too large to send (the limit is {limit} kB). Make the notes shorter.',
    'http.mediaType': 'Send the answers as JSON (Content-Type: application/json).',
    'http.invalidJson': 'The answers could not be read: this is not valid JSON.',
    'http.invalid': 'The answers are not right: {problems}',
    'http.unknownSecret': 'Your earlier answers were not found; send them again as a new participant.',
    'http.full': 'This session is full ({max} participants). Ask the trainer for a new session.',
    'http.busy': 'This session takes no more answers (sent more than {max} times). Ask the trainer for a new session.',
    'http.host': 'This address does not belong to this session.',
    'http.closing': 'The session is closing; no more answers are taken.',
    'http.saveFailed': 'The answers could not be saved. Try again or ask the trainer.',
    'http.timeout': 'Sending took too long. Try again.',
    'http.bad': 'This request cannot be handled.',
    'http.projectors': '{max} projector pages are open already; close one and try again.',
  },
}));

/** A text of `kantellat session` in `lang`. */
export const tSession = translator(catalogue);

/** "3 antwoorden" / "1 answer". */
export function answersText(n: number, lang: Lang): string {
  return n === 0
    ? tSession(lang, 'projector.zero')
    : tSession(lang, n === 1 ? 'projector.count.one' : 'projector.count.other', { n });
}
