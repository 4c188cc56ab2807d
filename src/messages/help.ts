import type { Lang } from '../core/text.js';
import { defineCatalogue, translator, type KeyOf } from './translate.js';

/** Help texts and command-line mistakes: the words commander would otherwise print in English. */
const catalogue = defineCatalogue(() => ({
  nl: {
    'usage.options': '[opties]',
    'usage.command': '[opdracht]',
    choices: 'keuze',
    default: 'standaard',
    examples: 'Voorbeelden:',
    'option.lang': 'taal van vragen en uitvoer',
    'hint.program': "Zie '{kantellat} --help'.",
    'hint.command': "Zie '{kantellat} {command} --help'.",
    'commander.unknownCommand': 'onbekende opdracht "{name}"',
    'commander.unknownOption': 'onbekende optie "{name}"',
    'commander.didYouMean': 'bedoel je {suggestion}?',
    'commander.missingArgument': 'het argument <{name}> ontbreekt',
    'commander.optionMissingArgument': 'optie {name} heeft een waarde nodig',
    'commander.invalidChoice': 'ongeldige waarde "{value}" voor {name}; kies uit: {choices}',
    'commander.excessArguments': 'te veel argumenten: {command} verwacht er {expected}, kreeg er {received}',
    'commander.other': '{message}',
    'validate.argument.files': 'vragenlijsten en antwoordbestanden (YAML of JSON); - leest van de invoer',
    'validate.option.mirrored':
      'de vragenlijst die een spiegellijst spiegelt (bestand of id); standaard een lijst met dat id in dezelfde opdracht, anders de meegeleverde',
    'validate.examples': [
      '  $ kantellat validate mijn-vragenlijst.yaml',
      '  $ kantellat validate antwoorden/*.yaml          antwoorden horen bij de Kantellat',
      '  $ kantellat validate mijn-set.yaml anna.yaml    antwoorden op mijn-set (zelfde id)',
      '  $ kantellat --questions mijn-set.yaml validate anna.yaml',
      '  $ kantellat validate clienten-set.yaml --mirrored mijn-set.yaml   spiegellijst en wat hij spiegelt',
    ].join('\n'),
    'questions.examples': [
      '  $ kantellat questions                             lezen in de terminal',
      '  $ kantellat questions --format markdown > kantellat.md   handout om te printen',
      '  $ kantellat questions --format json --lang en     als data, in het Engels',
      '  $ kantellat questions --questions kantellat-client --format html -o kaart.html   A5-kaart voor cliënten',
    ].join('\n'),
    'schema.argument.name': 'welk schema',
    'schema.examples': [
      '  $ kantellat schema -o vragenlijst.schema.json',
      '    en zet bovenaan je vragenlijst (YAML):',
      '    # yaml-language-server: $schema=./vragenlijst.schema.json',
      '  $ kantellat schema answers -o antwoorden.schema.json',
    ].join('\n'),
  },
  en: {
    'usage.options': '[options]',
    'usage.command': '[command]',
    choices: 'choices',
    default: 'default',
    examples: 'Examples:',
    'option.lang': 'language of questions and output',
    'hint.program': "See '{kantellat} --help'.",
    'hint.command': "See '{kantellat} {command} --help'.",
    'commander.unknownCommand': 'unknown command "{name}"',
    'commander.unknownOption': 'unknown option "{name}"',
    'commander.didYouMean': 'did you mean {suggestion}?',
    'commander.missingArgument': 'the argument <{name}> is missing',
    'commander.optionMissingArgument': 'option {name} needs a value',
    'commander.invalidChoice': 'invalid value "{value}" for {name}; choose from: {choices}',
    'commander.excessArguments': 'too many arguments: {command} expects {expected}, got {received}',
    'commander.other': '{message}',
    'validate.argument.files': 'question sets and answer files (YAML or JSON); - reads standard input',
    'validate.option.mirrored':
      'the question set a mirror set mirrors (file or id); by default a set with that id in the same run, else the bundled one',
    'validate.examples': [
      '  $ kantellat validate my-question-set.yaml',
      '  $ kantellat validate answers/*.yaml             answers to the Kantellat',
      '  $ kantellat validate my-set.yaml anna.yaml      answers to my-set (same id)',
      '  $ kantellat --questions my-set.yaml validate anna.yaml',
      '  $ kantellat validate client-set.yaml --mirrored my-set.yaml      a mirror set and the set it mirrors',
    ].join('\n'),
    'questions.examples': [
      '  $ kantellat questions                             read it in the terminal',
      '  $ kantellat questions --format markdown > kantellat.md   a handout to print',
      '  $ kantellat questions --format json --lang en     as data, in English',
      '  $ kantellat questions --questions kantellat-client --format html -o card.html   A5 card for clients',
    ].join('\n'),
    'schema.argument.name': 'which schema',
    'schema.examples': [
      '  $ kantellat schema -o question-set.schema.json',
      '    and put at the top of your question set (YAML):',
      '    # yaml-language-server: $schema=./question-set.schema.json',
      '  $ kantellat schema answers -o answers.schema.json',
    ].join('\n'),
  },
}));

/** Help and usage texts in `lang`. */
export const tHelp = translator(catalogue);

/**
 * Commander's own error (English, e.g. `error: unknown option '--x'`) in the user's language.
 * Known shapes are re-worded; anything else keeps commander's words without the "error:" prefix.
 */
export function commanderMessage(message: string, lang: Lang): string {
  const [first = '', ...rest] = message.split('\n');
  const suggestion = /\(Did you mean (.+)\?\)/.exec(rest.join('\n'))?.[1];
  const didYouMean = suggestion === undefined ? '' : `; ${tHelp(lang, 'commander.didYouMean', { suggestion })}`;
  const shapes: Array<[KeyOf<typeof tHelp>, RegExp, (m: RegExpExecArray) => Record<string, string>]> = [
    ['commander.unknownCommand', /^error: unknown command '(.*)'$/, (m) => ({ name: m[1] ?? '' })],
    ['commander.unknownOption', /^error: unknown option '(.*)'$/, (m) => ({ name: m[1] ?? '' })],
    ['commander.missingArgument', /^error: missing required argument '(.*)'$/, (m) => ({ name: m[1] ?? '' })],
    ['commander.optionMissingArgument', /^error: option '(.*)' argument missing$/, (m) => ({ name: m[1] ?? '' })],
    [
      'commander.invalidChoice',
      /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/,
      (m) => ({ name: (m[1] ?? '').split(' ')[0] ?? '', value: m[2] ?? '', choices: m[3] ?? '' }),
    ],
    [
      'commander.invalidChoice',
      /^error: command-argument value '(.*)' is invalid for argument '(.*)'\. Allowed choices are (.*)\.$/,
      (m) => ({ name: `<${m[2] ?? ''}>`, value: m[1] ?? '', choices: m[3] ?? '' }),
    ],
    [
      'commander.excessArguments',
      /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
      (m) => ({ command: m[1] === undefined ? 'kantellat' : `'${m[1]}'`, expected: m[2] ?? '', received: m[3] ?? '' }),
    ],
  ];
  for (const [key, shape, params] of shapes) {
    const match = shape.exec(first);
    if (match !== null) return tHelp(lang, key, params(match)) + didYouMean;
  }
  return tHelp(lang, 'commander.other', { message: first.replace(/^error: /, '') }) + didYouMean;
}
