/**
 * The kantellat library: load a question set, parse answer files, score them. No terminal
 * output and no process side effects; every function returns data or throws InputError.
 */
export {
  loadQuestionSet,
  parseQuestionSet,
  parseAnswers,
  loadAnswers,
  bundledQuestionSetPath,
  archivedQuestionSetPath,
  type ParsedAnswers,
} from './io/load.js';
export { scoreAnswers, type Result, type ThemeResult, type QuestionResult, type BandResult } from './core/score.js';
export { toResultJson, RESULT_SCHEMA_VERSION, type ResultJson, type ResultDocument } from './core/result-json.js';
export { describeQuestionSet, type QuestionSetView } from './render/question-set-view.js';
export { jsonSchema, SCHEMA_NAMES, type SchemaName } from './core/schemas.js';
export type { Answers, AnswersFile, CheckAnswersOptions } from './core/answers.js';
export type { PreparedSet, PreparedTheme, PreparedQuestion } from './core/prepare.js';
export type { QuestionSet } from './core/question-set.js';
export { InputError, UsageError, type Problem } from './core/problem.js';
export { formatProblem } from './messages/problems.js';
export { LANGS, type Lang, type LocalizedText } from './core/text.js';
export { localeOf, type Locale } from './messages/locale.js';
