import type { ChalkInstance } from 'chalk';
import type { ResultErrorJson } from '../core/result-json.js';
import type { Result } from '../core/score.js';
import type { LocalizedText } from '../core/text.js';
import type { Locale } from '../messages/locale.js';
import type { CsvStyle } from './csv.js';
import { csvScoreRenderer } from './score-csv.js';
import { jsonScoreRenderer } from './score-json.js';
import { jsonlScoreRenderer } from './score-jsonl.js';
import { markdownScoreRenderer } from './score-markdown.js';
import { tableScoreRenderer } from './score-table.js';

/** The output formats of `kantellat score`. */
export const SCORE_FORMATS = ['table', 'json', 'jsonl', 'csv', 'markdown'] as const;
export type ScoreFormat = (typeof SCORE_FORMATS)[number];

/** What a renderer knows before the first file: the question set, its themes and levels, in the set's words. */
export interface ScoreHeader {
  questionSet: { id: string; version: string };
  title: LocalizedText;
  /** With `scoring.points`: the most points there are to get; the overall column then shows points. */
  maxPoints?: number | null;
  themes: ReadonlyArray<{ id: string; title: LocalizedText }>;
  /** The labels of the overall levels, lowest first (for column widths). */
  levels: readonly LocalizedText[];
  /** The number of questions in the set. */
  questions: number;
}

export interface ScoreRenderOptions {
  /** The run's language: the set's texts and the table's words are written in it. */
  locale: Locale;
  /** chalk for the table; a level-0 instance when colour is off. Machine formats ignore it. */
  color: ChalkInstance;
  csvStyle: CsvStyle;
  /** Unicode dashes; ASCII on terminals that garble them. */
  unicode: boolean;
}

/**
 * A renderer for a stream of outcomes. Each method returns the text to write at that moment, so
 * streaming formats keep nothing between files; a format that needs the whole batch (the errors
 * at the end of json and markdown) holds only what it needs.
 */
export interface ScoreRenderer {
  start(): string;
  result(file: string, result: Result): string;
  error(error: ResultErrorJson): string;
  end(): string;
}

/** The renderer of each format. */
export const SCORE_RENDERERS: Record<ScoreFormat, (header: ScoreHeader, options: ScoreRenderOptions) => ScoreRenderer> =
  {
    table: tableScoreRenderer,
    json: jsonScoreRenderer,
    jsonl: jsonlScoreRenderer,
    csv: csvScoreRenderer,
    markdown: markdownScoreRenderer,
  };
