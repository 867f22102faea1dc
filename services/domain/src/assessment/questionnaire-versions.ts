/**
 * The questionnaire versions the platform knows. Each assessment records the version it was
 * scored with, so an old result can be shown (and re-scored) against its own questions after a
 * corrected version is added: add the new file beside the old one, never edit a released one.
 */
import { fail, ok, type Result } from '../shared/errors';
import miit2024v1 from './miit-2024.v1.json';
import type { Questionnaire } from './questionnaire';
import { parseQuestionnaire } from './questionnaire-file';

/** MIIT 中小企业数字化水平评测指标（2024年版）, as far as its structure is known. */
export const MIIT_2024_V1: Questionnaire = parseQuestionnaire(miit2024v1, 'miit-2024.v1.json');

/** The version new assessments use. */
export const CURRENT_QUESTIONNAIRE: Questionnaire = MIIT_2024_V1;

const BY_VERSION: ReadonlyMap<string, Questionnaire> = new Map(
  [MIIT_2024_V1].map((q) => [q.version, q]),
);

export const QUESTIONNAIRE_VERSIONS: readonly string[] = [...BY_VERSION.keys()];

export function findQuestionnaire(version: string): Result<Questionnaire> {
  const questionnaire = BY_VERSION.get(version);
  if (!questionnaire)
    return fail(
      'NOT_FOUND',
      `no questionnaire version '${version}'; known: ${QUESTIONNAIRE_VERSIONS.join(', ')}`,
      'version',
    );
  return ok(questionnaire);
}
