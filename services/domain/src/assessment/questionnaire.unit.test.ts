import miit2024v1 from './miit-2024.v1.json';
import { formatPoints, pointsToUnits } from './questionnaire';
import {
  parseQuestionnaire,
  QuestionnaireDataError,
  type QuestionnaireIssue,
} from './questionnaire-file';
import {
  CURRENT_QUESTIONNAIRE,
  findQuestionnaire,
  MIIT_2024_V1 as Q,
} from './questionnaire-versions';

describe('exact points', () => {
  it.each([
    [0, 0],
    [0.7, 7_000],
    [0.9, 9_000],
    [1.875, 18_750],
    [7.5, 75_000],
    [100, 1_000_000],
    [0.0001, 1],
  ])('%p points = %p units', (points, units) => {
    expect(pointsToUnits(points)).toBe(units);
    expect(formatPoints(units)).toBe(String(points));
  });

  it.each([-1, 0.00001, 1.23456, Number.NaN, Infinity, 1e21])('refuses %p', (points) => {
    expect(pointsToUnits(points)).toBeUndefined();
  });

  it('formats without trailing zeros and keeps a sign', () => {
    expect(formatPoints(728_250)).toBe('72.825');
    expect(formatPoints(-5_000)).toBe('-0.5');
    expect(() => formatPoints(0.5)).toThrow(RangeError);
  });
});

describe('the shipped MIIT 2024 questionnaire', () => {
  it('has the three scored dimensions of the notes, 50 + 30 + 20 = 100', () => {
    expect(Q.version).toBe('miit-2024.v1');
    expect(Q.source).toBe(
      'structure from public re-implementations; the official annex was not available',
    );
    expect(Q.dimensions.map((d) => [d.zh, formatPoints(d.maxUnits)])).toEqual([
      ['数字化基础', '50'],
      ['数字化管理', '30'],
      ['数字化成效', '20'],
    ]);
    expect(
      Q.dimensions.flatMap((d) => d.groups.map((g) => [g.zh, formatPoints(g.maxUnits)])),
    ).toEqual([
      ['设备系统', '20'],
      ['数据采集', '10'],
      ['信息系统', '10'],
      ['信息安全', '10'],
      ['规划管理', '15'],
      ['要素保障', '15'],
      ['绿色低碳', '7'],
      ['产品质量', '7'],
      ['市场效益', '6'],
    ]);
    expect(formatPoints(Q.maxScoreUnits)).toBe('100');
    expect(Q.items).toHaveLength(15);
    expect(CURRENT_QUESTIONNAIRE).toBe(Q);
  });

  it('scores data capture at 0.7 a link and 0.9 for 人力资源', () => {
    const capture = Q.items.find((i) => i.id === 'automatic-data-capture');
    expect(capture?.type).toBe('checklist');
    if (capture?.type !== 'checklist') return;
    expect(capture.options).toHaveLength(14);
    expect(capture.options.filter((o) => o.units === 7_000)).toHaveLength(13);
    expect(capture.options.find((o) => o.id === 'human-resources')?.units).toBe(9_000);
  });

  it('grades 16 scenarios in four groups, ten of them mandatory', () => {
    const ops = Q.operations;
    expect(ops.zh).toBe('数字化经营');
    expect(ops.scenarios).toHaveLength(16);
    expect(ops.groups.map((g) => g.zh)).toEqual(['产品生命周期', '生产执行', '供应链', '管理决策']);
    expect(ops.scenarios.filter((s) => s.mandatory).map((s) => s.zh)).toEqual([
      '产品设计',
      '营销',
      '生产管控',
      '质量',
      '设备',
      '安全生产',
      '能耗',
      '采购管理',
      '仓储物流',
      '财务',
    ]);
    for (const scenario of ops.scenarios) {
      expect(scenario.levels.map((l) => l.level)).toEqual([1, 2, 3, 4]);
    }
    const procurement = ops.scenarios.find((s) => s.id === 'procurement')!;
    expect(procurement.levels[3]).toMatchObject({
      generic: false,
      zh: expect.stringContaining('风险预警'),
    });
    expect(procurement.levels[0]?.generic).toBe(true);
  });

  it('holds the grade rules as data', () => {
    expect(
      Q.grades.map((g) => [
        g.zh,
        formatPoints(g.minScoreUnits),
        g.level,
        g.minScenarios,
        g.minMandatory,
      ]),
    ).toEqual([
      ['一级', '20', 1, 6, 3],
      ['二级', '40', 2, 6, 3],
      ['三级', '60', 3, 8, 5],
      ['四级', '80', 4, 10, 6],
    ]);
  });

  it('finds versions by id', () => {
    expect(findQuestionnaire('miit-2024.v1')).toEqual({ ok: true, value: Q });
    expect(findQuestionnaire('miit-2022.v1')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'version' },
    });
  });
});

describe('a broken data file', () => {
  const REMOVE = Symbol('remove');
  type Edit = [path: string, value: unknown];

  /** A deep copy of the shipped file with the value at `path` ("grades[0].level") replaced or removed. */
  function brokenFile([path, value]: Edit): unknown {
    const file: unknown = structuredClone(miit2024v1);
    const keys = path.split(/[.[\]]+/).filter(Boolean);
    const last = keys.pop()!;
    const parent = keys.reduce<unknown>(
      (node, key) => (node as Record<string, unknown>)[key],
      file,
    );
    if (value === REMOVE) delete (parent as Record<string, unknown>)[last];
    else (parent as Record<string, unknown>)[last] = value;
    return file;
  }

  function issuesAfter(edit: Edit): QuestionnaireIssue[] {
    try {
      parseQuestionnaire(brokenFile(edit), 'broken.json');
    } catch (error) {
      expect(error).toBeInstanceOf(QuestionnaireDataError);
      return [...(error as QuestionnaireDataError).issues];
    }
    throw new Error('the broken file was accepted');
  }

  it('is rejected loudly, with the path in the message', () => {
    const file = brokenFile(['dimensions[0].groups[0].items[0].maxPoints', '8']);
    expect(() => parseQuestionnaire(file, 'broken.json')).toThrow(
      /^broken\.json is not a valid questionnaire:\n {2}dimensions\[0\]\.groups\[0\]\.items\[0\]\.maxPoints: /,
    );
  });

  it.each<[string, Edit, QuestionnaireIssue[]]>([
    [
      'a weight that no longer adds up',
      ['dimensions[0].groups[1].items[0].options[13].points', 0.8],
      [
        {
          path: 'dimensions[0].groups[1].items[0].maxPoints',
          message: 'is 10 but the best answer gives 9.9',
        },
      ],
    ],
    [
      'a dimension whose groups do not add up',
      ['dimensions[2].maxPoints', 25],
      [
        { path: 'dimensions[2].maxPoints', message: 'is 25 but its groups add up to 20' },
        { path: 'maxScore', message: 'is 100 but the dimensions add up to 105' },
      ],
    ],
    [
      'points with five decimals',
      ['dimensions[1].groups[0].items[1].pointsEach', 1.87501],
      [
        {
          path: 'dimensions[1].groups[0].items[1].pointsEach',
          message: 'points need at most four decimals',
        },
      ],
    ],
    [
      'bands that do not reach 100',
      ['dimensions[0].groups[0].items[1].bands[4].upTo', 90],
      [
        {
          path: 'dimensions[0].groups[0].items[1].bands[4].upTo',
          message: 'the last band must reach 100',
        },
      ],
    ],
    [
      'bands out of order',
      ['dimensions[0].groups[0].items[2].bands[2].upTo', 15],
      [
        {
          path: 'dimensions[0].groups[0].items[2].bands[2].upTo',
          message: 'must be above the band before (20)',
        },
      ],
    ],
    [
      'a scenario listed twice',
      ['operations.scenarios[1].id', 'product-design'],
      [
        {
          path: 'operations.scenarios[1].id',
          message: "scenario id 'product-design' is used twice",
        },
      ],
    ],
    [
      'a scenario in a group that does not exist',
      ['operations.scenarios[0].group', 'logistics'],
      [{ path: 'operations.scenarios[0].group', message: "'logistics' is not a scenario group" }],
    ],
    [
      'grades out of order',
      ['grades', [...miit2024v1.grades].reverse()],
      [
        { path: 'grades[0].rank', message: 'must be 1: grades are listed lowest first' },
        { path: 'grades[1].rank', message: 'must be 2: grades are listed lowest first' },
        { path: 'grades[1].minScore', message: 'must not be below the grade before (80)' },
        { path: 'grades[1].level', message: 'must not be below the grade before (4)' },
        { path: 'grades[2].rank', message: 'must be 3: grades are listed lowest first' },
        { path: 'grades[2].minScore', message: 'must not be below the grade before (60)' },
        { path: 'grades[2].level', message: 'must not be below the grade before (3)' },
        { path: 'grades[3].rank', message: 'must be 4: grades are listed lowest first' },
        { path: 'grades[3].minScore', message: 'must not be below the grade before (40)' },
        { path: 'grades[3].level', message: 'must not be below the grade before (2)' },
      ],
    ],
    [
      'more mandatory scenarios required than there are',
      ['grades[3].minMandatory', 11],
      [
        {
          path: 'grades[3].minMandatory',
          message: 'must be at most minScenarios (10) and the 10 mandatory scenarios',
        },
      ],
    ],
  ])('reports %s with its path', (_why, edit, issues) => {
    expect(issuesAfter(edit)).toEqual(issues);
  });

  it.each<[string, Edit, string]>([
    ['a misspelt key', ['grades[0].minscore', 20], 'grades[0]'],
    [
      'an unknown item type',
      ['dimensions[2].groups[0].items[0].type', 'scale'],
      'dimensions[2].groups[0].items[0].type',
    ],
    ['a missing label', ['operations.scenarios[15].zh', REMOVE], 'operations.scenarios[15].zh'],
    ['a bad id', ['dimensions[0].id', 'Foundation'], 'dimensions[0].id'],
    ['a missing version', ['version', REMOVE], 'version'],
  ])('reports %s (shape) with its path', (_why, edit, path) => {
    expect(issuesAfter(edit).map((i) => i.path)).toContain(path);
  });

  it('is not the shipped file: that one parses', () => {
    expect(() =>
      parseQuestionnaire(structuredClone(miit2024v1), 'miit-2024.v1.json'),
    ).not.toThrow();
  });
});
