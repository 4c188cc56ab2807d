import type { Lang } from '../core/text.js';

/** What the renderer tells the page script besides the question set (JSON in the page). */
export interface FormPageConfig {
  /** The language the page opens in (the person can switch when the set has more). */
  lang: Lang;
  /** The set's file name for the answer file's "score this again" line; null for the bundled Kantellat. */
  questionsFile: string | null;
  /** Where a session server takes the answers; null for the offline page, which sends nothing. */
  submit: { url: string } | null;
}

/** A session server's first answer to a submission (201); revisions are answered with 200. */
export interface SubmitReply {
  participant: string;
  /** Sent back in `X-Participant-Secret` with every revision of the same answers. */
  secret: string;
  result: unknown;
}
