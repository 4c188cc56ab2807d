import { formatPath, type Problem } from '../core/problem.js';
import { neutralize } from '../core/terminal-text.js';
import type { Lang } from '../core/text.js';
import { defineCatalogue, translator } from './translate.js';

const catalogue = defineCatalogue(() => ({
  nl: {
    'file-not-found': 'bestand niet gevonden; controleer de naam en de map',
    'file-no-access': 'geen toegang tot dit bestand; controleer de rechten',
    'file-unreadable': 'kan dit bestand niet lezen ({reason})',
    'is-directory': 'dit is een map, geen bestand',
    'file-too-large':
      'bestand is te groot ({size} bytes; de grens is {limit}); is dit wel een vragenlijst of antwoordbestand?',
    'encoding-utf16':
      'dit UTF-16-bestand bevat een ongeldig teken; sla het op als UTF-8 (in Kladblok: Opslaan als… → Codering: UTF-8)',
    'encoding-not-utf8': 'dit bestand is geen UTF-8 (waarschijnlijk Latin-1/ANSI); sla het op als UTF-8',
    'encoding-binary': 'dit is geen tekstbestand; sla de vragenlijst of antwoorden op als UTF-8-tekst (YAML of JSON)',
    'empty-file': 'bestand is leeg; verwacht een YAML- of JSON-document',
    'several-documents': 'bestand bevat meer dan één YAML-document; zet er één document in (haal de tweede "---" weg)',
    'yaml-syntax': 'YAML-fout: {message}',
    'type.number': 'een getal',
    'type.int': 'een heel getal',
    'too-few': 'hier hoort er minstens {min}; vul de lijst aan',
    'too-short': 'deze tekst is leeg; vul hem in of haal het veld weg',
    'type.string': 'een tekst',
    'type.boolean': 'true of false',
    'type.object': 'velden (sleutel: waarde)',
    'type.array': 'een lijst',
    'type.record': 'velden (sleutel: waarde)',
    'yaml.TAB_AS_INDENT': 'spring in met spaties, niet met tabs',
    'yaml.BAD_INDENT': 'de inspringing klopt niet; velden op hetzelfde niveau beginnen precies onder elkaar',
    'yaml.MISSING_CHAR':
      'hier ontbreekt een teken: een dubbele punt na een sleutel, een sluitend aanhalingsteken of haakje',
    'yaml.BLOCK_AS_IMPLICIT_KEY':
      'twee keer "sleutel:" op één regel; zet een tekst met een dubbele punt tussen aanhalingstekens',
    'yaml.BAD_DQ_ESCAPE': 'onbekende \\-code tussen dubbele aanhalingstekens; gebruik enkele aanhalingstekens',
    'yaml.BAD_SCALAR_START': 'een waarde kan niet met dit teken beginnen; zet de tekst tussen aanhalingstekens',
    'yaml.KEY_OVER_1024_CHARS': 'een sleutel is langer dan 1024 tekens',
    'yaml.MULTILINE_IMPLICIT_KEY':
      'hier ontbreekt een dubbele punt: schrijf "sleutel: waarde", zoals vraag-id: antwoord-id',
    'expected-text': 'verwacht een tekst; zet de waarde tussen aanhalingstekens, zoals {key}: "{value}"',
    'expected-type': 'verwacht {expected} op deze plek',
    'invalid-key': 'de sleutel "{key}" is hier niet geldig; gebruik een id uit de vragenlijst',
    'too-small': 'dit getal is te klein; het kleinste dat past is {min}',
    'too-big': 'dit getal is te groot; het grootste dat past is {max}',
    'too-many': 'deze lijst is te lang; er passen er hoogstens {max} in',
    'too-long': 'deze tekst is te lang; hoogstens {max} tekens',
    'value-not-allowed': 'deze waarde kan hier niet; kies uit: {values}',
    'not-above': 'dit getal moet groter zijn dan {min}',
    'invalid-value': 'deze waarde past hier niet; controleer hoe ze geschreven is',
    'version-not-a-version': '"{version}" is geen versie; schrijf de versie van de vragenlijst, zoals 1.0.0',
    'questions-is-answers':
      'dit is een antwoordbestand, geen vragenlijst; --questions wil een vragenlijst (zie docs/question-sets.md)',
    'folder-not-found': 'de map {folder} bestaat niet; controleer de naam',
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
    'unknown-kind':
      'dit is geen vragenlijst (met "questions") en geen antwoordbestand (met "questionSet" en "answers")',
    'answers-set-invalid': 'kan deze antwoorden niet controleren: de vragenlijst {set} heeft fouten (zie hierboven)',
    'duplicate-id': 'het id "{id}" komt meer dan eens voor ({kind}); ids moeten uniek zijn',
    'option-value-missing':
      'antwoordoptie "{id}" heeft geen "value"; geef een getal of zet "unanswered: dont-know" of "unanswered: not-applicable"',
    'option-unanswered-value':
      'antwoordoptie "{id}" telt als niet beantwoord en kan dus geen "value" hebben; haal een van beide weg',
    'unanswered-kind-twice':
      'schaal "{scale}" heeft al een antwoordoptie met "unanswered: {kind}"; houd er één per soort',
    'overall-minimum-themes':
      "de totaalscore vraagt minstens {min} thema's met een score, maar de vragenlijst heeft er maar {count}; maak het getal kleiner",
    'overall-minimum-questions':
      'de totaalscore vraagt minstens {min} beantwoorde vragen, maar de vragenlijst heeft er maar {count}; maak het getal kleiner',
    'scale-too-few-values': 'schaal "{scale}" heeft minstens twee antwoordopties met verschillende waarden nodig',
    'band-range': 'band {min}–{max} valt buiten 0–100 of heeft min groter dan max',
    'band-gap': 'de banden laten {range} open; laat ze zonder gat aansluiten van 0 tot en met {top}',
    'band-range-points':
      'band {min}–{max} valt buiten 0–{top} (de punten die te halen zijn) of heeft min groter dan max',
    'points-whole-value': 'met "scoring.points" is elke waarde een heel aantal punten; {value} is dat niet',
    'points-whole-weight':
      'met "scoring.points" is elk gewicht een heel getal (het aantal keer dat de punten tellen); {weight} is dat niet',
    'band-overlap': 'de banden overlappen op {range}; elke score hoort in precies één band',
    'theme-without-questions': 'thema "{id}" heeft geen vragen',
    'min-answered-too-large': 'thema "{theme}" vraagt minstens {min} beantwoorde vragen maar heeft er maar {count}',
    'unknown-theme': 'onbekend thema "{id}"; gebruik een id uit "themes"',
    'unknown-scale': 'onbekende schaal "{id}"; gebruik een naam uit "scales"',
    'weight-not-positive': 'gewicht {weight} moet groter dan 0 zijn',
    'weight-too-large':
      'gewicht {weight} is te groot: de gewichten van thema "{theme}" samen zijn niet meer uit te rekenen; gebruik kleine getallen zoals 1, 2 of 0,5',
    'missing-translation': 'vertaling "{lang}" ontbreekt (de vragenlijst noemt die taal in "languages")',
    'answers-wrong-set':
      'deze antwoorden horen bij vragenlijst "{found}", niet bij "{expected}"; gebruik --questions met de juiste vragenlijst',
    'answers-bundled-set':
      'deze antwoorden horen bij vragenlijst "{found}", niet bij "{expected}"; score ze met --questions {found}',
    'answers-major-version':
      'deze antwoorden zijn gegeven op versie {found}, de vragenlijst is versie {expected}; gebruik --allow-version-mismatch om ze toch te scoren',
    'answers-other-version': 'antwoorden op versie {found}, de vragenlijst is versie {expected}',
    'answers-unknown-question': 'onbekende vraag "{id}"',
    'answers-unknown-option': 'onbekend antwoord "{id}" bij vraag "{question}"; kies uit: {options}',
    'notes-unknown-question': 'notitie bij onbekende vraag "{id}"',
    'answers-unanswered': '{count} van {total:questions} niet beantwoord',
    'opposite-unknown': 'vraag "{id}" bestaat niet; "opposite" noemt de id van een vraag uit "questions"',
    'opposite-not-a-pair':
      'vraag "{id}" kan niet het tegendeel zijn van "{other}": zet "opposite" op een vraag met "reverse: true" en laat het een vraag zonder "reverse" in hetzelfde thema noemen',
    'mirror-of-without-mirrors':
      'vraag "{id}" heeft "mirrorOf", maar de vragenlijst zegt niet welke lijst ze spiegelt; zet bovenaan "mirrors: { questionSet: ..., version: ... }"',
    'mirror-not-declared':
      'vragenlijst "{id}" zegt niet dat ze "{target}" spiegelt; zet bovenaan "mirrors: { questionSet: {target}, version: ... }"',
    'mirror-wrong-set':
      'deze lijst spiegelt "{found}", niet "{expected}"; gebruik de vragenlijst die hier gespiegeld wordt',
    'mirror-major-version':
      'deze lijst spiegelt versie {found}, de gespiegelde lijst is versie {expected}; pas de vragen aan de nieuwe versie aan en zet daarna de versie hier op {expected}',
    'mirror-other-version':
      'deze lijst spiegelt versie {found}, de gespiegelde lijst is versie {expected}; kijk of de vragen nog passen',
    'mirror-unknown-theme':
      'thema "{id}" bestaat niet in "{set}"; een spiegellijst gebruikt dezelfde thema-ids als de lijst die ze spiegelt',
    'mirror-unknown-question':
      'vraag "{id}" bestaat niet in "{set}"; "mirrorOf" moet naar een vraag van die lijst wijzen',
    'mirror-theme-mismatch':
      'vraag "{id}" staat in thema "{theme}", maar de vraag die ze spiegelt ("{target}") staat in "{targetTheme}"; zet ze in hetzelfde thema',
    'mirror-of-missing':
      'vraag "{id}" heeft geen "mirrorOf"; ze wordt niet vergeleken met een vraag van de gespiegelde lijst',
    'mirror-questions-missing.one': '1 vraag van "{set}" heeft geen spiegelvraag: {ids}',
    'mirror-questions-missing.other': '{count} vragen van "{set}" hebben geen spiegelvraag: {ids}',
    'mirror-target-missing':
      'kan niet controleren of deze lijst past bij "{id}": die vragenlijst is niet gevonden; geef haar in dezelfde opdracht of met --mirrored BESTAND',
    'mirror-target-invalid':
      'kan niet controleren of deze lijst past: de gespiegelde vragenlijst {set} heeft fouten (zie hierboven)',
    'inputs-empty-folder': 'in de map {folder} staan geen .yaml-, .yml- of .json-bestanden',
    'inputs-no-match': 'geen .yaml-, .yml- of .json-bestanden gevonden voor {pattern}',
    'date-impossible': 'de datum "{date}" bestaat niet; schrijf een echte dag, zoals 2026-04-15 of 15-04-2026',
    'date-not-a-date': '"{date}" is geen datum; schrijf de dag als 2026-04-15 of 15-04-2026, of laat date leeg',
    'duplicate-answers':
      'precies dezelfde antwoorden, naam en datum als {other}; telt als een tweede deelnemer (een kopie? haal er één weg)',
    'too-many-lines':
      'dit bestand heeft meer dan {limit} regels; een vragenlijst of antwoordbestand is veel kleiner. Is dit het goede bestand?',
    'more-problems.one': 'en nog 1 probleem; los eerst de bovenste op',
    'more-problems.other': 'en nog {count} problemen; los eerst de bovenste op',
    'inputs-broken-link': 'overgeslagen: een symbolische link naar "{target}", dat niet (meer) bestaat',
    'own-score': 'overgeslagen: dit is een scoreoverzicht van kantellat score, geen antwoordbestand',
    'own-report': 'overgeslagen: dit is een groepsrapport van kantellat report, geen antwoordbestand',
    'own-compare': 'overgeslagen: dit is een vergelijking van kantellat compare, geen antwoordbestand',
    'own-history': 'overgeslagen: dit is een overzicht van kantellat history, geen antwoordbestand',
    'own-schema': 'overgeslagen: dit is een JSON Schema, geen antwoordbestand',
    'own-question-set': 'overgeslagen: dit is een vragenlijst, geen antwoordbestand (gebruik hem met --questions)',
    'inputs-folder-no-access':
      'geen toegang tot de map {folder}; de bestanden erin zijn niet gescoord (controleer de rechten)',
    'inputs-folder-gone': 'de map {folder} bestaat niet (meer); controleer de naam',
    'inputs-folder-unreadable': 'kan de map {folder} niet lezen ({reason}); de bestanden erin zijn niet gescoord',
    'kantellat:id-format':
      'een id bestaat uit 1 tot 64 letters, cijfers, "-", "_" of ".", en begint met een letter of cijfer',
    'kantellat:semver': 'een versie is een semantische versie zoals 1.0.0',
    'kantellat:localized-text': 'verwacht een tekst, of een tekst per taal zoals {nl: ..., en: ...}',
    'kantellat:whole-number': 'verwacht een heel getal',
    'kantellat:tone': 'kies good (groen), warning (oranje), bad (rood) of neutral (grijs)',
    'kantellat:color':
      'een kleur is # met zes hexadecimale cijfers, zoals "#2e7d32" (tussen aanhalingstekens: # begint in YAML anders een opmerking)',
    'kantellat:unanswered-kind':
      'kies dont-know (weet ik niet), not-applicable (niet van toepassing) of true (beide in één optie)',
    'kantellat:answer-value':
      'een antwoord is het id van een van de antwoordopties van de vraag, of leeg voor niet beantwoord',
  },
  en: {
    'file-not-found': 'file not found; check the name and the folder',
    'file-no-access': 'no permission to read this file',
    'file-unreadable': 'cannot read this file ({reason})',
    'is-directory': 'this is a folder, not a file',
    'file-too-large':
      'file is too large ({size} bytes; the limit is {limit}); is this really a question set or answer file?',
    'encoding-utf16':
      'this UTF-16 file has an invalid character; save it as UTF-8 (in Notepad: Save as… → Encoding: UTF-8)',
    'encoding-not-utf8': 'this file is not UTF-8 (probably Latin-1/ANSI); save it as UTF-8',
    'encoding-binary': 'this is not a text file; save the question set or answers as UTF-8 text (YAML or JSON)',
    'empty-file': 'file is empty; expected a YAML or JSON document',
    'several-documents': 'file holds more than one YAML document; keep one (remove the second "---")',
    'yaml-syntax': 'YAML error: {message}',
    'type.number': 'a number',
    'type.int': 'a whole number',
    'too-few': 'at least {min} needed here; add to the list',
    'too-short': 'this text is empty; fill it in or remove the field',
    'type.string': 'a text',
    'type.boolean': 'true or false',
    'type.object': 'fields (key: value)',
    'type.array': 'a list',
    'type.record': 'fields (key: value)',
    'yaml.TAB_AS_INDENT': 'indent with spaces, not tabs',
    'yaml.BAD_INDENT': 'the indentation is off; fields on the same level start exactly below each other',
    'yaml.MISSING_CHAR': 'a character is missing here: a colon after a key, a closing quote or bracket',
    'yaml.BLOCK_AS_IMPLICIT_KEY': 'two "key:" on one line; put a text with a colon in quotes',
    'yaml.MULTILINE_IMPLICIT_KEY': 'a colon is missing here: write "key: value", such as question-id: option-id',
    'yaml.BAD_DQ_ESCAPE': 'unknown \\ code in double quotes; use single quotes',
    'yaml.BAD_SCALAR_START': 'a value cannot start with this character; put the text in quotes',
    'yaml.KEY_OVER_1024_CHARS': 'a key is longer than 1024 characters',
    'expected-text': 'expected a text; put the value in quotes, such as {key}: "{value}"',
    'expected-type': 'expected {expected} here',
    'invalid-key': 'the key "{key}" is not valid here; use an id from the question set',
    'too-small': 'this number is too small; the smallest that fits is {min}',
    'too-big': 'this number is too large; the largest that fits is {max}',
    'too-many': 'this list is too long; it holds at most {max}',
    'too-long': 'this text is too long; at most {max} characters',
    'value-not-allowed': 'this value is not possible here; choose from: {values}',
    'not-above': 'this number must be greater than {min}',
    'invalid-value': 'this value does not fit here; check how it is written',
    'version-not-a-version': '"{version}" is not a version; write the version of the question set, such as 1.0.0',
    'questions-is-answers':
      'this is an answer file, not a question set; --questions needs a question set (see docs/question-sets.md)',
    'folder-not-found': 'the folder {folder} does not exist; check the name',
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
    'unknown-kind':
      'this is neither a question set (with "questions") nor an answer file (with "questionSet" and "answers")',
    'answers-set-invalid': 'cannot check these answers: the question set {set} has errors (see above)',
    'duplicate-id': 'the id "{id}" is used more than once ({kind}); ids must be unique',
    'option-value-missing':
      'option "{id}" has no "value"; give a number or set "unanswered: dont-know" or "unanswered: not-applicable"',
    'option-unanswered-value': 'option "{id}" counts as unanswered, so it cannot have a "value"; remove one of the two',
    'unanswered-kind-twice': 'scale "{scale}" already has an option with "unanswered: {kind}"; keep one of each kind',
    'overall-minimum-themes':
      'the overall score needs at least {min} scored themes, but the set has only {count}; lower the number',
    'overall-minimum-questions':
      'the overall score needs at least {min} answered questions, but the set has only {count}; lower the number',
    'scale-too-few-values': 'scale "{scale}" needs at least two answer options with different values',
    'band-range': 'band {min}–{max} lies outside 0–100 or has min above max',
    'band-gap': 'the bands leave {range} uncovered; make them cover 0 to {top} without gaps',
    'band-range-points': 'band {min}–{max} lies outside 0–{top} (the points there are to get) or has min above max',
    'points-whole-value': 'with "scoring.points" every value is a whole number of points; {value} is not',
    'points-whole-weight':
      'with "scoring.points" every weight is a whole number (how many times the points count); {weight} is not',
    'band-overlap': 'the bands overlap at {range}; every score belongs in exactly one band',
    'theme-without-questions': 'theme "{id}" has no questions',
    'min-answered-too-large': 'theme "{theme}" needs at least {min} answered questions but has only {count}',
    'unknown-theme': 'unknown theme "{id}"; use an id from "themes"',
    'unknown-scale': 'unknown scale "{id}"; use a name from "scales"',
    'weight-not-positive': 'weight {weight} must be greater than 0',
    'weight-too-large':
      'weight {weight} is too large: the weights of theme "{theme}" together cannot be computed; use small numbers such as 1, 2 or 0.5',
    'missing-translation': 'translation "{lang}" is missing (the set lists that language in "languages")',
    'answers-wrong-set':
      'these answers belong to question set "{found}", not "{expected}"; use --questions with the right set',
    'answers-bundled-set':
      'these answers belong to question set "{found}", not "{expected}"; score them with --questions {found}',
    'answers-major-version':
      'these answers were given to version {found}, the question set is version {expected}; use --allow-version-mismatch to score them anyway',
    'answers-other-version': 'answers to version {found}, the question set is version {expected}',
    'answers-unknown-question': 'unknown question "{id}"',
    'answers-unknown-option': 'unknown answer "{id}" for question "{question}"; choose from: {options}',
    'notes-unknown-question': 'note for unknown question "{id}"',
    'answers-unanswered': '{count} of {total:questions} not answered',
    'opposite-unknown': 'question "{id}" does not exist; "opposite" names the id of a question in "questions"',
    'opposite-not-a-pair':
      'question "{id}" cannot be the opposite of "{other}": put "opposite" on a question with "reverse: true" and let it name a question without "reverse" in the same theme',
    'mirror-of-without-mirrors':
      'question "{id}" has "mirrorOf", but the set does not say which set it mirrors; add "mirrors: { questionSet: ..., version: ... }" at the top',
    'mirror-not-declared':
      'question set "{id}" does not say that it mirrors "{target}"; add "mirrors: { questionSet: {target}, version: ... }" at the top',
    'mirror-wrong-set': 'this set mirrors "{found}", not "{expected}"; use the question set it mirrors',
    'mirror-major-version':
      'this set mirrors version {found}, the mirrored set is version {expected}; fit the questions to the new version, then set the version here to {expected}',
    'mirror-other-version':
      'this set mirrors version {found}, the mirrored set is version {expected}; check that the questions still fit',
    'mirror-unknown-theme':
      'theme "{id}" does not exist in "{set}"; a mirror set uses the same theme ids as the set it mirrors',
    'mirror-unknown-question':
      'question "{id}" does not exist in "{set}"; "mirrorOf" must point at a question of that set',
    'mirror-theme-mismatch':
      'question "{id}" is in theme "{theme}", but the question it mirrors ("{target}") is in "{targetTheme}"; put them in the same theme',
    'mirror-of-missing': 'question "{id}" has no "mirrorOf"; it is not compared with a question of the mirrored set',
    'mirror-questions-missing.one': '1 question of "{set}" has no mirror question: {ids}',
    'mirror-questions-missing.other': '{count} questions of "{set}" have no mirror question: {ids}',
    'mirror-target-missing':
      'cannot check whether this set fits "{id}": that question set was not found; give it in the same run or with --mirrored FILE',
    'mirror-target-invalid':
      'cannot check whether this set fits: the mirrored question set {set} has errors (see above)',
    'inputs-empty-folder': 'the folder {folder} holds no .yaml, .yml or .json files',
    'inputs-no-match': 'no .yaml, .yml or .json files match {pattern}',
    'date-impossible': 'the date "{date}" does not exist; write a real day, such as 2026-04-15 or 15-04-2026',
    'date-not-a-date': '"{date}" is not a date; write the day as 2026-04-15 or 15-04-2026, or leave date empty',
    'duplicate-answers':
      'exactly the same answers, name and date as {other}; counts as a second participant (a copy? remove one)',
    'too-many-lines':
      'this file has more than {limit} lines; a question set or answer file is much smaller. Is this the right file?',
    'more-problems.one': 'and 1 more problem; fix the ones above first',
    'more-problems.other': 'and {count} more problems; fix the ones above first',
    'inputs-broken-link': 'skipped: a symbolic link to "{target}", which does not exist (any more)',
    'own-score': 'skipped: this is a score list from kantellat score, not an answer file',
    'own-report': 'skipped: this is a group report from kantellat report, not an answer file',
    'own-compare': 'skipped: this is a comparison from kantellat compare, not an answer file',
    'own-history': 'skipped: this is a list from kantellat history, not an answer file',
    'own-schema': 'skipped: this is a JSON Schema, not an answer file',
    'own-question-set': 'skipped: this is a question set, not an answer file (use it with --questions)',
    'inputs-folder-no-access':
      'no permission to read the folder {folder}; the files in it were not scored (check the permissions)',
    'inputs-folder-gone': 'the folder {folder} does not exist (any more); check the name',
    'inputs-folder-unreadable': 'cannot read the folder {folder} ({reason}); the files in it were not scored',
    'kantellat:id-format': 'an id is 1 to 64 letters, digits, "-", "_" or ".", starting with a letter or digit',
    'kantellat:semver': 'a version is a semantic version such as 1.0.0',
    'kantellat:localized-text': 'expected a text, or one text per language such as {nl: ..., en: ...}',
    'kantellat:whole-number': 'expected a whole number',
    'kantellat:tone': 'choose good (green), warning (orange), bad (red) or neutral (grey)',
    'kantellat:color':
      'a colour is # and six hexadecimal digits, such as "#2e7d32" (in quotes: in YAML a # otherwise starts a comment)',
    'kantellat:unanswered-kind': 'choose dont-know, not-applicable, or true (both in one option)',
    'kantellat:answer-value': "an answer is the id of one of the question's answer options, or empty for not answered",
  },
}));

const t = translator(catalogue);

/** The message of a problem in `lang`, without its place. */
export function problemMessage(p: Problem, lang: Lang): string {
  if (p.code === 'schema') {
    const message = String(p.params['message'] ?? '');
    return message.startsWith('kantellat:') ? t.loose(lang, message) : neutralize(message);
  }
  if (p.code === 'expected-type')
    return t(lang, p.code, { ...p.params, expected: t.loose(lang, `type.${String(p.params['expected'])}`) });
  return t.loose(lang, p.code, p.params);
}

/** `file:line:column  message (path.in.file)`, the one format for every problem. */
export function formatProblem(p: Problem, lang: Lang): string {
  const place = neutralize([p.file ?? '<input>', p.line, p.column].filter((part) => part !== undefined).join(':'));
  const path = p.path.length > 0 ? ` (${neutralize(formatPath(p.path))})` : '';
  const prefix = p.severity === 'warning' ? (lang === 'nl' ? 'waarschuwing: ' : 'warning: ') : '';
  return `${place}  ${prefix}${problemMessage(p, lang)}${path}`;
}
