import { specFor } from '../shared/decider-spec';
import { MIIT_2024_V1 as Q } from './questionnaire-versions';
import { storedResult, type AssessmentDraftSaved, type AssessmentSubmitted } from './record';
import type { AssessmentAnswers } from './answers';
import { scoreAssessment } from './scoring';
import { saveAssessmentDraft, submitAssessment, type AssessmentState } from './submission';

/** Every item answered at its lowest (first option, nothing checked, 0 %), every scenario at 0. */
const complete: AssessmentAnswers = {
  items: Object.fromEntries(
    Q.items.map((item) => [
      item.id,
      item.type === 'choice'
        ? { option: item.options[0]!.id }
        : item.type === 'checklist'
          ? { checked: [] }
          : { percent: 0 },
    ]),
  ),
  scenarios: Object.fromEntries(Q.operations.scenarios.map((s) => [s.id, 0])),
};
const scored = scoreAssessment(Q, complete);
if (!scored.ok) throw new Error(scored.error.message);
const result = storedResult(scored.value);

const state = (over: Partial<AssessmentState> = {}): AssessmentState => ({
  companies: new Set(['sme', 'other']),
  drafts: new Map(),
  assessments: new Map(),
  ...over,
});

const draft: AssessmentDraftSaved = {
  assessmentId: 'a-1',
  companyId: 'sme',
  questionnaireVersion: Q.version,
  answers: { items: {}, scenarios: { quality: 2 } },
  savedBy: 'user-1',
};
const submission: AssessmentSubmitted = {
  assessmentId: 'a-1',
  companyId: 'sme',
  questionnaireVersion: Q.version,
  answers: complete,
  result,
  submittedBy: 'user-1',
};

describe('AssessmentDraftSaved', () => {
  const given = (over?: Partial<AssessmentState>) =>
    specFor(saveAssessmentDraft).given(state(over));
  it('accepts a partial draft of an existing company', () => given().when(draft).then(draft));
  it('accepts saving the same open draft again', () =>
    given({ drafts: new Map([['sme', 'a-1']]) })
      .when(draft)
      .then(draft));
  it('refuses a company that does not exist (NOT_FOUND on companyId)', () =>
    given()
      .when({ ...draft, companyId: 'ghost' })
      .thenFails('NOT_FOUND', /does not exist/, 'companyId'));
  it("refuses an assessment id another company's assessment uses (CONFLICT)", () =>
    given({ assessments: new Map([['a-1', { companyId: 'other', status: 'DRAFT' }]]) })
      .when(draft)
      .thenFails('CONFLICT', /already in use/));
  it('refuses changing a submitted assessment (CONFLICT)', () =>
    given({ assessments: new Map([['a-1', { companyId: 'sme', status: 'SUBMITTED' }]]) })
      .when(draft)
      .thenFails('CONFLICT', /already submitted/));
  it('refuses a second open draft of the company, also one saved earlier in the same run (CONFLICT)', () => {
    given({ drafts: new Map([['sme', 'a-0']]) })
      .when(draft)
      .thenFails('CONFLICT', /another draft/);
    given()
      .when(draft, { ...draft, assessmentId: 'a-2' })
      .thenFails('CONFLICT', /another draft/);
  });
  it('refuses an unknown questionnaire version (NOT_FOUND)', () =>
    given()
      .when({ ...draft, questionnaireVersion: 'miit-1999' })
      .thenFails('NOT_FOUND', /questionnaire/));
  it('refuses an answer the questionnaire does not have (BAD_USER_INPUT on the field)', () =>
    given()
      .when({ ...draft, answers: { items: {}, scenarios: { quality: 9 } } })
      .thenFails('BAD_USER_INPUT', /level from 0/, 'scenarios.quality'));
});

describe('AssessmentSubmitted', () => {
  const given = (over?: Partial<AssessmentState>) => specFor(submitAssessment).given(state(over));
  it('accepts complete answers with a result that fits the version, closing the open draft', () => {
    given({ drafts: new Map([['sme', 'a-1']]) })
      .when(submission)
      .then(submission);
    // The draft it came from is closed: a new draft of the company is accepted after it.
    specFor(saveAssessmentDraft)
      .given(state({ drafts: new Map([['sme', 'a-1']]) }))
      .when({ ...draft, assessmentId: 'a-2' })
      .thenFails('CONFLICT', /another draft/);
    const after = state({ drafts: new Map([['sme', 'a-1']]) });
    submitAssessment.evolve(after, submission);
    specFor(saveAssessmentDraft)
      .given(after)
      .when({ ...draft, assessmentId: 'a-2' })
      .then({ ...draft, assessmentId: 'a-2' });
  });
  it('refuses submitting the same assessment twice, also in one run (CONFLICT)', () =>
    given()
      .when(submission, submission)
      .thenFails('CONFLICT', /already submitted/));
  it('refuses a company that does not exist (NOT_FOUND)', () =>
    given()
      .when({ ...submission, companyId: 'ghost' })
      .thenFails('NOT_FOUND', /does not exist/, 'companyId'));
  it('refuses incomplete answers (BAD_USER_INPUT naming the first missing one)', () =>
    given()
      .when({ ...submission, answers: { ...complete, scenarios: {} } })
      .thenFails('BAD_USER_INPUT', /missing/, `scenarios.${Q.operations.scenarios[0]!.id}`));
  it('refuses a result that does not fit the questionnaire (a grade or score beyond it)', () => {
    given()
      .when({
        ...submission,
        result: { ...result, grade: { ...result.grade, rank: Q.grades.length + 1 } },
      })
      .thenFails('BAD_USER_INPUT', /does not fit/);
    given()
      .when({ ...submission, result: { ...result, totalUnits: Q.maxScoreUnits + 1 } })
      .thenFails('BAD_USER_INPUT', /does not fit/);
  });
});
