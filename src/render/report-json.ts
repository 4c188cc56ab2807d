import { REPORT_SCHEMA_VERSION } from '../core/group-stats.js';
import { starterText } from '../messages/report.js';
import type { ReportInput } from './report-formats.js';

/**
 * The fields of the report's JSON that follow --lang wherever they stand and hold a text: the language itself,
 * and the set's and the tool's words. Everything else is the same in every language
 * (docs/report.md says so, and a test holds it).
 */
export const REPORT_LABEL_FIELDS: readonly string[] = ['lang', 'title', 'label', 'text', 'frame'];

/**
 * The group report as one JSON document (shape in docs/report.md): the statistics as core
 * computed them, each discussion starter with its text in the chosen language, and the
 * comparison with the baseline session or null. No file names and no notes.
 */
export function renderReportJson(input: ReportInput): string {
  const { stats, baseline, lang } = input;
  const document = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    kind: 'kantellat-report',
    lang,
    questionSet: stats.questionSet,
    size: stats.size,
    named: stats.named,
    traceable: stats.traceable,
    dates: stats.dates,
    overall: stats.overall,
    themes: stats.themes,
    questions: stats.questions,
    participants: stats.participants,
    starters: stats.starters.map((starter) => ({ ...starter, text: starterText(starter, stats, lang) })),
    nonAnswers: stats.nonAnswers,
    // A count only: which participants, is never written anywhere.
    consistencyFlagged: stats.consistencyFlagged,
    baseline,
    // Only with --clients, so the report of a session without clients keeps its shape.
    ...(input.clients === undefined ? {} : { clients: input.clients }),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
