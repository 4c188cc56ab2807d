import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The twelve Kantellat questions, in order. */
export const QUESTION_IDS = [
  'gesprek-tijd',
  'gesprek-aanvraag',
  'eigen-kracht-talenten',
  'eigen-kracht-overnemen',
  'netwerk-kaart',
  'netwerk-draagkracht',
  'resultaat-meedoen',
  'resultaat-lijst',
  'samenwerking-keten',
  'samenwerking-voorkomen',
  'inspraak-feedback',
  'inspraak-taal',
];

/** A Kantellat answer file as JSON text (JSON keeps any character exactly as the test means it). */
export function answerFile(
  fields: { respondent?: string; date?: string; answer?: string; answers?: Record<string, string> } = {},
): string {
  const answers = Object.fromEntries(QUESTION_IDS.map((id) => [id, fields.answer ?? 'soms']));
  return `${JSON.stringify(
    {
      questionSet: 'kantellat',
      version: '1.0.0',
      ...(fields.respondent === undefined ? {} : { respondent: fields.respondent }),
      ...(fields.date === undefined ? {} : { date: fields.date }),
      answers: { ...answers, ...fields.answers },
    },
    null,
    2,
  )}\n`;
}

/** Writes `text` at `root/relative`, making folders on the way. */
export function put(root: string, relative: string, text: string): string {
  const path = join(root, relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

/** Any character a terminal would act on instead of showing (newline excepted). */
export const TERMINAL_CONTROL =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
