import { majorVersion } from './answers.js';
import type { PreparedSet } from './prepare.js';
import { problem, type Problem } from './problem.js';
import type { QuestionSet } from './question-set.js';

/**
 * Whether a mirror set lines up with the set it mirrors: the set and its major version, every
 * `mirrorOf` pointing at a question that exists, and each question in the same theme (by id) as
 * the question it mirrors, so that theme scores of both sides can stand side by side. Paths are
 * into the mirror set's file. Questions of the mirrored set that nothing mirrors, and mirror
 * questions without `mirrorOf`, are warnings: such questions are simply not compared.
 */
export function checkMirrorPair(mirror: QuestionSet, mirrored: PreparedSet): Problem[] {
  const problems: Problem[] = [];
  const declared = mirror.mirrors;
  if (declared === undefined)
    return [problem('mirror-not-declared', ['mirrors'], { id: mirror.id, target: mirrored.id })];
  if (declared.questionSet !== mirrored.id) {
    problems.push(
      problem('mirror-wrong-set', ['mirrors', 'questionSet'], { found: declared.questionSet, expected: mirrored.id }),
    );
    return problems;
  }
  if (declared.version !== mirrored.version) {
    const breaking = majorVersion(declared.version) !== majorVersion(mirrored.version);
    problems.push(
      problem(
        breaking ? 'mirror-major-version' : 'mirror-other-version',
        ['mirrors', 'version'],
        { found: declared.version, expected: mirrored.version },
        breaking ? 'error' : 'warning',
      ),
    );
  }
  const mirroredThemes = new Set(mirrored.themes.map((theme) => theme.id));
  mirror.themes.forEach((theme, i) => {
    if (!mirroredThemes.has(theme.id))
      problems.push(problem('mirror-unknown-theme', ['themes', i, 'id'], { id: theme.id, set: mirrored.id }));
  });
  const covered = new Set<string>();
  mirror.questions.forEach((question, i) => {
    if (question.mirrorOf === undefined) {
      problems.push(problem('mirror-of-missing', ['questions', i], { id: question.id }, 'warning'));
      return;
    }
    const target = mirrored.questionById.get(question.mirrorOf);
    if (target === undefined) {
      problems.push(
        problem('mirror-unknown-question', ['questions', i, 'mirrorOf'], { id: question.mirrorOf, set: mirrored.id }),
      );
      return;
    }
    covered.add(target.id);
    if (target.theme !== question.theme) {
      problems.push(
        problem('mirror-theme-mismatch', ['questions', i, 'theme'], {
          id: question.id,
          theme: question.theme,
          target: target.id,
          targetTheme: target.theme,
        }),
      );
    }
  });
  const missing = mirrored.questions.filter((question) => !covered.has(question.id)).map((question) => question.id);
  if (missing.length > 0)
    problems.push(
      problem(
        'mirror-questions-missing',
        ['questions'],
        { ids: missing.join(', '), count: missing.length, set: mirrored.id },
        'warning',
      ),
    );
  return problems;
}

/** Only the problems that stop a comparison. */
export function pairErrors(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}
