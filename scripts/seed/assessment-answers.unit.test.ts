import {
  displayResult,
  MIIT_2024_V1 as Q,
  scoreAssessment,
  storedResult,
  type AssessmentResult,
} from '@chainlift/domain';
import { answersFor, graphqlAnswers, type Rank } from './assessment-answers';

const score = (rank: Rank): AssessmentResult => {
  const result = scoreAssessment(Q, answersFor(rank));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('the demo and test answers reach their grades', () => {
  it.each([
    [4, '98.5', '四级', '已达到最高等级四级'],
    [3, '77.25', '三级', '四级需要 80 分，目前只有 77.25 分'],
    [2, '49.2', '二级', '三级需要 60 分，目前只有 49.2 分'],
    [1, '28.85', '一级', '二级需要 40 分，目前只有 28.85 分'],
    [0, '28.85', '未定级', '一级需要 6 个场景达到 1 级，目前只有 4 个'],
  ] as const)('rank %i: %s points, %s (%s)', (rank, total, grade, reason) => {
    const r = score(rank);
    expect([r.total, r.grade.zh, r.grade.rank, r.reason.zh]).toEqual([total, grade, rank, reason]);
  });

  it('keeps a stored result whole: shown again with the labels of its version, it is the same result', () => {
    for (const rank of [0, 1, 2, 3, 4] as const) {
      const r = score(rank);
      expect(displayResult(Q, JSON.parse(JSON.stringify(storedResult(r))))).toEqual(r);
    }
  });

  it('writes the GraphQL input shape', () => {
    const input = graphqlAnswers({
      items: { talent: { checked: ['training'] } },
      scenarios: { quality: 2 },
    });
    expect(input).toEqual({
      items: [{ itemId: 'talent', checked: ['training'] }],
      scenarios: [{ scenarioId: 'quality', level: 2 }],
    });
  });
});
