import {
  answerValues,
  answersInput,
  gradeColours,
  gradeStacks,
  localized,
  progress,
  type QuestionnaireShape,
} from './assessment';

const grades = (counts: number[]) =>
  counts.map((count, rank) => ({ rank, count, zh: `G${rank}`, en: `Grade ${rank}` }));

describe('grade charts', () => {
  it('stacks each group by grade, highest first, leaving out zeros', () => {
    const data = gradeStacks(
      [
        { label: 'Tier 1', grades: grades([1, 0, 2, 0, 1]) },
        { label: 'Tier 2', grades: grades([0, 0, 0, 0, 0]) },
      ],
      'en',
    );
    expect(data).toEqual([
      { label: 'Tier 1', series: 'Grade 4', value: 1, text: '1' },
      { label: 'Tier 1', series: 'Grade 2', value: 2, text: '2' },
      { label: 'Tier 1', series: 'Grade 0', value: 1, text: '1' },
    ]);
  });

  it('gives every grade one colour, named in the locale', () => {
    const colours = gradeColours(grades([0, 0, 0, 0, 0]), 'zh-CN');
    expect(Object.keys(colours)).toEqual(['G0', 'G1', 'G2', 'G3', 'G4']);
    expect(new Set(Object.values(colours)).size).toBe(5);
    expect(localized('en', { zh: '四级', en: 'Level 4' })).toBe('Level 4');
  });
});

describe('questionnaire form ⇄ answers', () => {
  const q: QuestionnaireShape = {
    dimensions: [
      {
        groups: [
          {
            items: [
              { id: 'network', type: 'CHECKLIST' },
              { id: 'coverage', type: 'CHOICE' },
              { id: 'rate', type: 'PERCENT_BANDS' },
            ],
          },
        ],
      },
    ],
    scenarios: [{ id: 'procurement' }, { id: 'finance' }],
  };

  it('sends only what was answered (a draft), typed per item', () => {
    const input = answersInput(q, {
      items: { network: [], coverage: 'all', rate: undefined },
      scenarios: { procurement: 0, finance: undefined },
    });
    expect(input).toEqual({
      items: [
        { itemId: 'network', checked: [] },
        { itemId: 'coverage', option: 'all' },
      ],
      scenarios: [{ scenarioId: 'procurement', level: 0 }],
    });
    expect(progress(q, { items: { rate: 0 }, scenarios: { finance: 4 } })).toEqual({
      answered: 2,
      total: 5,
    });
  });

  it('reads saved answers back into the form', () => {
    const values = answerValues({
      items: [
        { itemId: 'network', option: null, checked: ['cloud'], percent: null },
        { itemId: 'coverage', option: 'all', checked: null, percent: null },
        { itemId: 'rate', option: null, checked: null, percent: 0 },
      ],
      scenarios: [{ scenarioId: 'finance', level: 3 }],
    });
    expect(values).toEqual({
      items: { network: ['cloud'], coverage: 'all', rate: 0 },
      scenarios: { finance: 3 },
    });
    expect(answersInput(q, values).items).toHaveLength(3);
  });
});
