import { formatPath, type Problem } from '../core/problem.js';
import { neutralize } from '../core/terminal-text.js';
import type { Lang } from '../core/text.js';
import { translator, type Catalogue } from './translate.js';

const catalogue: Catalogue = {
  nl: {
    'file-not-found': 'bestand niet gevonden; controleer de naam en de map',
    'file-no-access': 'geen toegang tot dit bestand; controleer de rechten',
    'file-unreadable': 'kan dit bestand niet lezen ({reason})',
    'is-directory': 'dit is een map, geen bestand',
    'file-too-large': 'bestand is te groot ({size} bytes; de grens is {limit}); is dit wel een vragenlijst of antwoordbestand?',
    'encoding-utf16': 'dit bestand is als UTF-16 opgeslagen; sla het op als UTF-8 (in Kladblok: Opslaan als… → Codering: UTF-8)',
    'encoding-not-utf8': 'dit bestand is geen UTF-8 (waarschijnlijk Latin-1/ANSI); sla het op als UTF-8',
    'encoding-binary': 'dit is geen tekstbestand; sla de vragenlijst of antwoorden op als UTF-8-tekst (YAML of JSON)',
    'empty-file': 'bestand is leeg; verwacht een YAML- of JSON-document',
    'several-documents': 'bestand bevat meer dan één YAML-document; zet er één document in (haal de tweede "---" weg)',
    'yaml-syntax': 'YAML-fout: {message}',
    'yaml-syntax-hint': 'YAML-fout: {hint} ({message})',
    'yaml.TAB_AS_INDENT': 'spring in met spaties, niet met tabs',
    'yaml.BAD_INDENT': 'de inspringing klopt niet; velden op hetzelfde niveau beginnen precies onder elkaar',
    'yaml.MISSING_CHAR': 'hier ontbreekt een teken: een dubbele punt na een sleutel, een sluitend aanhalingsteken of haakje',
    'yaml.BLOCK_AS_IMPLICIT_KEY': 'twee keer "sleutel:" op één regel; zet een tekst met een dubbele punt tussen aanhalingstekens',
    'yaml.BAD_DQ_ESCAPE': 'onbekende \\-code tussen dubbele aanhalingstekens; gebruik enkele aanhalingstekens',
    'yaml.BAD_SCALAR_START': 'een waarde kan niet met dit teken beginnen; zet de tekst tussen aanhalingstekens',
    'yaml.KEY_OVER_1024_CHARS': 'een sleutel is langer dan 1024 tekens',
    'duplicate-key': 'deze sleutel staat er twee keer; haal er één weg',
    'custom-tag': 'eigen YAML-tags ({tag}) worden niet ondersteund; haal de tag weg',
    'merge-key': 'de samenvoegsleutel "<<" wordt niet ondersteund; schrijf de velden uit',
    'too-many-aliases': 'te veel YAML-aliassen (meer dan {max}); schrijf de waarden gewoon uit',
    'alias-unknown': 'de alias *{name} verwijst naar een anker &{name} dat er (nog) niet is',
    'too-deep': 'te diep genest (meer dan {max} niveaus)',
    'key-not-text': 'een sleutel moet gewone tekst zijn',
    'forbidden-key': 'de sleutel "{key}" is niet toegestaan',
    'unrecognized-key': 'onbekend veld "{key}"; controleer de spelling',
    'missing-field': 'het veld "{key}" ontbreekt',
    schema: '{message}',
    'unknown-kind': 'dit is geen vragenlijst (met "questions") en geen antwoordbestand (met "questionSet" en "answers")',
    'answers-set-invalid': 'kan deze antwoorden niet controleren: de vragenlijst {set} heeft fouten (zie hierboven)',
    'duplicate-id': 'het id "{id}" komt meer dan eens voor ({kind}); ids moeten uniek zijn',
    'option-value-missing': 'antwoordoptie "{id}" heeft geen "value"; geef een getal of zet "unanswered: true"',
    'option-unanswered-value': 'antwoordoptie "{id}" telt als niet beantwoord en kan dus geen "value" hebben; haal een van beide weg',
    'scale-too-few-values': 'schaal "{scale}" heeft minstens twee antwoordopties met verschillende waarden nodig',
    'band-range': 'band {min}–{max} valt buiten 0–100 of heeft min groter dan max',
    'band-gap': 'de banden laten {range} open; laat ze zonder gat aansluiten van 0 tot en met 100',
    'band-overlap': 'de banden overlappen op {range}; elke score hoort in precies één band',
    'theme-without-questions': 'thema "{id}" heeft geen vragen',
    'min-answered-too-large': 'thema "{theme}" vraagt minstens {min} beantwoorde vragen maar heeft er maar {count}',
    'unknown-theme': 'onbekend thema "{id}"; gebruik een id uit "themes"',
    'unknown-scale': 'onbekende schaal "{id}"; gebruik een naam uit "scales"',
    'weight-not-positive': 'gewicht {weight} moet groter dan 0 zijn',
    'missing-translation': 'vertaling "{lang}" ontbreekt (de vragenlijst noemt die taal in "languages")',
    'answers-wrong-set': 'deze antwoorden horen bij vragenlijst "{found}", niet bij "{expected}"; gebruik --questions met de juiste vragenlijst',
    'answers-major-version': 'deze antwoorden zijn gegeven op versie {found}, de vragenlijst is versie {expected}; gebruik --allow-version-mismatch om ze toch te scoren',
    'answers-other-version': 'antwoorden op versie {found}, de vragenlijst is versie {expected}',
    'answers-unknown-question': 'onbekende vraag "{id}"',
    'answers-unknown-option': 'onbekend antwoord "{id}" bij vraag "{question}"; kies uit: {options}',
    'notes-unknown-question': 'notitie bij onbekende vraag "{id}"',
    'answers-unanswered': '{count} van {total} vragen niet beantwoord',
    'inputs-empty-folder': 'in de map {folder} staan geen .yaml-, .yml- of .json-bestanden',
    'inputs-no-match': 'geen .yaml-, .yml- of .json-bestanden gevonden voor {pattern}',
    'date-impossible': 'de datum "{date}" bestaat niet; schrijf een echte dag, zoals 2026-04-15 of 15-04-2026',
    'date-not-a-date': '"{date}" is geen datum; schrijf de dag als 2026-04-15 of 15-04-2026, of laat date leeg',
    'duplicate-answers': 'precies dezelfde antwoorden, naam en datum als {other}; telt als een tweede deelnemer (een kopie? haal er één weg)',
    'own-score': 'overgeslagen: dit is een scoreoverzicht van kantellat score, geen antwoordbestand',
    'own-report': 'overgeslagen: dit is een groepsrapport van kantellat report, geen antwoordbestand',
    'own-compare': 'overgeslagen: dit is een vergelijking van kantellat compare, geen antwoordbestand',
    'own-history': 'overgeslagen: dit is een overzicht van kantellat history, geen antwoordbestand',
    'own-schema': 'overgeslagen: dit is een JSON Schema, geen antwoordbestand',
    'own-question-set': 'overgeslagen: dit is een vragenlijst, geen antwoordbestand (gebruik hem met --questions)',
    'inputs-folder-no-access': 'geen toegang tot de map {folder}; de bestanden erin zijn niet gescoord (controleer de rechten)',
    'inputs-folder-gone': 'de map {folder} bestaat niet (meer); controleer de naam',
    'inputs-folder-unreadable': 'kan de map {folder} niet lezen ({reason}); de bestanden erin zijn niet gescoord',
    'kantellat:id-format': 'een id bestaat uit 1 tot 64 letters, cijfers, "-", "_" of ".", en begint met een letter of cijfer',
    'kantellat:semver': 'een versie is een semantische versie zoals 1.0.0',
    'kantellat:localized-text': 'verwacht een tekst, of een tekst per taal zoals {nl: ..., en: ...}',
    'kantellat:whole-number': 'verwacht een heel getal',
    'kantellat:answer-value': 'een antwoord is het id van een antwoordoptie, zoals vaak, of leeg voor niet beantwoord',
  },
  en: {
    'file-not-found': 'file not found; check the name and the folder',
    'file-no-access': 'no permission to read this file',
    'file-unreadable': 'cannot read this file ({reason})',
    'is-directory': 'this is a folder, not a file',
    'file-too-large': 'file is too large ({size} bytes; the limit is {limit}); is this really a question set or answer file?',
    'encoding-utf16': 'this file is saved as UTF-16; save it as UTF-8 (in Notepad: Save as… → Encoding: UTF-8)',
    'encoding-not-utf8': 'this file is not UTF-8 (probably Latin-1/ANSI); save it as UTF-8',
    'encoding-binary': 'this is not a text file; save the question set or answers as UTF-8 text (YAML or JSON)',
    'empty-file': 'file is empty; expected a YAML or JSON document',
    'several-documents': 'file holds more than one YAML document; keep one (remove the second "---")',
    'yaml-syntax': 'YAML error: {message}',
    'duplicate-key': 'this key appears twice; remove one',
    'custom-tag': 'custom YAML tags ({tag}) are not supported; remove the tag',
    'merge-key': 'the merge key "<<" is not supported; write the fields out',
    'too-many-aliases': 'too many YAML aliases (more than {max}); write the values out',
    'alias-unknown': 'the alias *{name} refers to an anchor &{name} that does not exist (yet)',
    'too-deep': 'nested too deeply (more than {max} levels)',
    'key-not-text': 'a key must be plain text',
    'forbidden-key': 'the key "{key}" is not allowed',
    'unrecognized-key': 'unknown field "{key}"; check the spelling',
    'missing-field': 'the field "{key}" is missing',
    schema: '{message}',
    'unknown-kind': 'this is neither a question set (with "questions") nor an answer file (with "questionSet" and "answers")',
    'answers-set-invalid': 'cannot check these answers: the question set {set} has errors (see above)',
    'duplicate-id': 'the id "{id}" is used more than once ({kind}); ids must be unique',
    'option-value-missing': 'option "{id}" has no "value"; give a number or set "unanswered: true"',
    'option-unanswered-value': 'option "{id}" counts as unanswered, so it cannot have a "value"; remove one of the two',
    'scale-too-few-values': 'scale "{scale}" needs at least two answer options with different values',
    'band-range': 'band {min}–{max} lies outside 0–100 or has min above max',
    'band-gap': 'the bands leave {range} uncovered; make them cover 0 to 100 without gaps',
    'band-overlap': 'the bands overlap at {range}; every score belongs in exactly one band',
    'theme-without-questions': 'theme "{id}" has no questions',
    'min-answered-too-large': 'theme "{theme}" needs at least {min} answered questions but has only {count}',
    'unknown-theme': 'unknown theme "{id}"; use an id from "themes"',
    'unknown-scale': 'unknown scale "{id}"; use a name from "scales"',
    'weight-not-positive': 'weight {weight} must be greater than 0',
    'missing-translation': 'translation "{lang}" is missing (the set lists that language in "languages")',
    'answers-wrong-set': 'these answers belong to question set "{found}", not "{expected}"; use --questions with the right set',
    'answers-major-version': 'these answers were given to version {found}, the question set is version {expected}; use --allow-version-mismatch to score them anyway',
    'answers-other-version': 'answers to version {found}, the question set is version {expected}',
    'answers-unknown-question': 'unknown question "{id}"',
    'answers-unknown-option': 'unknown answer "{id}" for question "{question}"; choose from: {options}',
    'notes-unknown-question': 'note for unknown question "{id}"',
    'answers-unanswered': '{count} of {total} questions not answered',
    'inputs-empty-folder': 'the folder {folder} holds no .yaml, .yml or .json files',
    'inputs-no-match': 'no .yaml, .yml or .json files match {pattern}',
    'date-impossible': 'the date "{date}" does not exist; write a real day, such as 2026-04-15 or 15-04-2026',
    'date-not-a-date': '"{date}" is not a date; write the day as 2026-04-15 or 15-04-2026, or leave date empty',
    'duplicate-answers': 'exactly the same answers, name and date as {other}; counts as a second participant (a copy? remove one)',
    'own-score': 'skipped: this is a score list from kantellat score, not an answer file',
    'own-report': 'skipped: this is a group report from kantellat report, not an answer file',
    'own-compare': 'skipped: this is a comparison from kantellat compare, not an answer file',
    'own-history': 'skipped: this is a list from kantellat history, not an answer file',
    'own-schema': 'skipped: this is a JSON Schema, not an answer file',
    'own-question-set': 'skipped: this is a question set, not an answer file (use it with --questions)',
    'inputs-folder-no-access': 'no permission to read the folder {folder}; the files in it were not scored (check the permissions)',
    'inputs-folder-gone': 'the folder {folder} does not exist (any more); check the name',
    'inputs-folder-unreadable': 'cannot read the folder {folder} ({reason}); the files in it were not scored',
    'kantellat:id-format': 'an id is 1 to 64 letters, digits, "-", "_" or ".", starting with a letter or digit',
    'kantellat:semver': 'a version is a semantic version such as 1.0.0',
    'kantellat:localized-text': 'expected a text, or one text per language such as {nl: ..., en: ...}',
    'kantellat:whole-number': 'expected a whole number',
    'kantellat:answer-value': 'an answer is the id of an answer option, such as vaak, or empty for not answered',
  },
};

const t = translator(catalogue);

/** The message of a problem in `lang`, without its place. */
export function problemMessage(p: Problem, lang: Lang): string {
  if (p.code === 'schema') {
    const message = String(p.params['message'] ?? '');
    return message.startsWith('kantellat:') ? t(lang, message) : neutralize(message);
  }
  // The yaml library speaks English; in Dutch a hint comes first, its exact words after it.
  const yamlCode = p.params['code'];
  if (p.code === 'yaml-syntax' && lang === 'nl' && yamlCode !== undefined && Object.hasOwn(catalogue.nl, `yaml.${yamlCode}`)) {
    return t(lang, 'yaml-syntax-hint', { ...p.params, hint: t(lang, `yaml.${yamlCode}`) });
  }
  return t(lang, p.code, p.params);
}

/** `file:line:column  message (path.in.file)`, the one format for every problem. */
export function formatProblem(p: Problem, lang: Lang): string {
  const place = neutralize([p.file ?? '<input>', p.line, p.column].filter((part) => part !== undefined).join(':'));
  const path = p.path.length > 0 ? ` (${neutralize(formatPath(p.path))})` : '';
  const prefix = p.severity === 'warning' ? (lang === 'nl' ? 'waarschuwing: ' : 'warning: ') : '';
  return `${place}  ${prefix}${problemMessage(p, lang)}${path}`;
}
