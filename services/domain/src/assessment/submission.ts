/**
 * AssessmentDraftSaved and AssessmentSubmitted: a company's digital-level self-assessment. One open
 * draft per company; a submitted assessment is kept as it is. The answers are checked against the
 * questionnaire version the event names (not re-scored: the result is what was graded then), and
 * the result must fit that version.
 */
import type { Decider } from '../shared/decider';
import { fail, ok, type Result } from '../shared/errors';
import { findQuestionnaire } from './questionnaire-versions';
import type { AssessmentDraftSaved, AssessmentSubmitted } from './record';
import { validateAnswers, validateDraft } from './answers';

export interface AssessmentState {
  /** Companies that exist (among those the events name). */
  companies: Set<string>;
  /** companyId → id of its open draft. */
  drafts: Map<string, string>;
  /** Existing assessments by id. */
  assessments: Map<string, { companyId: string; status: 'DRAFT' | 'SUBMITTED' }>;
}

/** What both a draft and a submission must satisfy before their answers are looked at. */
function checkTarget(
  state: AssessmentState,
  command: { companyId: string; assessmentId: string },
): Result<true> {
  if (!state.companies.has(command.companyId))
    return fail('NOT_FOUND', `company ${command.companyId} does not exist`, 'companyId');
  const existing = state.assessments.get(command.assessmentId);
  if (existing && existing.companyId !== command.companyId)
    return fail('CONFLICT', `assessment id ${command.assessmentId} is already in use`);
  if (existing?.status === 'SUBMITTED')
    return fail(
      'CONFLICT',
      'this assessment is already submitted; a submitted assessment is kept as it is — start a new one',
    );
  return ok(true);
}

export const saveAssessmentDraft: Decider<AssessmentState, AssessmentDraftSaved> = {
  decide(state, command) {
    const target = checkTarget(state, command);
    if (!target.ok) return target;
    const open = state.drafts.get(command.companyId);
    if (open !== undefined && open !== command.assessmentId)
      return fail(
        'CONFLICT',
        'another draft of this company was saved at the same time; load it and save again',
      );
    const questionnaire = findQuestionnaire(command.questionnaireVersion);
    if (!questionnaire.ok) return questionnaire;
    const draft = validateDraft(questionnaire.value, command.answers);
    return draft.ok ? ok(command) : draft;
  },
  evolve(state, command) {
    state.drafts.set(command.companyId, command.assessmentId);
    state.assessments.set(command.assessmentId, { companyId: command.companyId, status: 'DRAFT' });
    return state;
  },
};

export const submitAssessment: Decider<AssessmentState, AssessmentSubmitted> = {
  decide(state, command) {
    const target = checkTarget(state, command);
    if (!target.ok) return target;
    const found = findQuestionnaire(command.questionnaireVersion);
    if (!found.ok) return found;
    const questionnaire = found.value;
    const answers = validateAnswers(questionnaire, command.answers);
    if (!answers.ok) return answers;
    const { result } = command;
    if (
      result.grade.rank > questionnaire.grades.length ||
      result.totalUnits > questionnaire.maxScoreUnits
    )
      return fail(
        'BAD_USER_INPUT',
        `the result does not fit questionnaire ${questionnaire.version}`,
      );
    return ok(command);
  },
  evolve(state, command) {
    if (state.drafts.get(command.companyId) === command.assessmentId)
      state.drafts.delete(command.companyId);
    state.assessments.set(command.assessmentId, {
      companyId: command.companyId,
      status: 'SUBMITTED',
    });
    return state;
  },
};
