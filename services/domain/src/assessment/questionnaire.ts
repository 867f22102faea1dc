/**
 * The digital-level questionnaire as data: a versioned JSON file (see miit-2024.v1.json) is
 * checked here when it is loaded — its shape with zod, then what zod cannot say (sums, unique
 * ids, references, ordered bands and grades) — and turned into the typed `Questionnaire` the
 * scoring uses. A broken file throws a `QuestionnaireDataError` listing every problem with its
 * path, so a bad correction of the data fails at start-up, not in a user's result.
 *
 * Points are exact: integer units of 1/10 000 point (`POINT_UNITS` per point). The file writes
 * plain decimals (0.7, 1.875); each must have at most four decimals and is converted digit by
 * digit, never through floating-point arithmetic.
 */
import { z } from 'zod';

/** Units per point: 1.875 points = 18 750 units. */
export const POINT_UNITS = 10_000;

export interface QuestionLabel {
  id: string;
  zh: string;
  en: string;
}

export interface ChoiceOption extends QuestionLabel {
  units: number;
}

export type ChecklistOption = ChoiceOption;

/** A percentage band: the answer is in this band when it is ≤ `upTo` (and above the band before). */
export interface PercentBand {
  upTo: number;
  units: number;
}

interface ItemBase extends QuestionLabel {
  dimensionId: string;
  groupId: string;
  maxUnits: number;
  /** What of this item the sources did not give (labels, band limits): to check against the official text. */
  unverified?: string;
}

export type QuestionItem =
  | (ItemBase & { type: 'choice'; options: ChoiceOption[] })
  | (ItemBase & { type: 'checklist'; options: ChecklistOption[] })
  | (ItemBase & { type: 'percentBands'; bands: PercentBand[] });

export type QuestionItemType = QuestionItem['type'];

export interface QuestionGroup extends QuestionLabel {
  maxUnits: number;
  items: QuestionItem[];
}

export interface AssessmentDimension extends QuestionLabel {
  maxUnits: number;
  groups: QuestionGroup[];
}

export interface ScenarioLevelText {
  level: number;
  zh: string;
  en: string;
  /** True when the questionnaire's generic text stands in for a scenario-specific one. */
  generic: boolean;
}

export interface AssessmentScenario extends QuestionLabel {
  group: string;
  /** 约束性: counted separately by the grade rules. */
  mandatory: boolean;
  /** One text per level, 1 to maxLevel. */
  levels: ScenarioLevelText[];
}

export interface GradeRule {
  /** 1 for 一级 … 4 for 四级. */
  rank: number;
  zh: string;
  en: string;
  minScoreUnits: number;
  /** The level the scenarios must reach (at least). */
  level: number;
  minScenarios: number;
  /** How many of those scenarios must be mandatory ones. */
  minMandatory: number;
  descriptionZh: string;
  descriptionEn: string;
}

export interface Questionnaire {
  version: string;
  zh: string;
  en: string;
  notice: string;
  source: string;
  caveats: string[];
  maxScoreUnits: number;
  /** The scored part. */
  dimensions: AssessmentDimension[];
  /** Every scored item, in questionnaire order. */
  items: QuestionItem[];
  /** The graded part (数字化经营): scenarios rated at levels 1..maxLevel. */
  operations: {
    id: string;
    zh: string;
    en: string;
    maxLevel: number;
    groups: QuestionLabel[];
    scenarios: AssessmentScenario[];
  };
  /** Lowest grade first. */
  grades: GradeRule[];
}

export interface QuestionnaireIssue {
  path: string;
  message: string;
}

/** A questionnaire file that cannot be used; `issues` lists every problem found, with its path. */
export class QuestionnaireDataError extends Error {
  constructor(
    readonly source: string,
    readonly issues: readonly QuestionnaireIssue[],
  ) {
    super(
      `${source} is not a valid questionnaire:\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`,
    );
    this.name = 'QuestionnaireDataError';
  }
}

// ─── exact points ────────────────────────────────────────────────────────────────────────────

const DECIMAL = /^(\d{1,9})(?:\.(\d{1,4}))?$/;

/** 1.875 → 18750 units; undefined for negatives, exponents or more than four decimals. */
export function pointsToUnits(points: number): number | undefined {
  const match = DECIMAL.exec(String(points));
  if (!match) return undefined;
  return Number(match[1]) * POINT_UNITS + Number((match[2] ?? '').padEnd(4, '0'));
}

/** 18750 → "1.875", 525000 → "52.5", 600000 → "60": exact, no trailing zeros. */
export function formatPoints(units: number): string {
  if (!Number.isSafeInteger(units))
    throw new RangeError(`not an integer number of units: ${units}`);
  const sign = units < 0 ? '-' : '';
  const abs = Math.abs(units);
  const whole = Math.floor(abs / POINT_UNITS);
  const fraction = String(abs % POINT_UNITS)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return fraction ? `${sign}${whole}.${fraction}` : `${sign}${whole}`;
}

// ─── the file's shape ────────────────────────────────────────────────────────────────────────

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case words joined by hyphens');
const text = z.string().min(1, 'must not be empty');
const points = z
  .number()
  .nonnegative()
  .refine((n) => pointsToUnits(n) !== undefined, 'points need at most four decimals');
const count = z.number().int().nonnegative();
const labelled = { id, zh: text, en: text };

const choiceItem = z.strictObject({
  ...labelled,
  type: z.literal('choice'),
  maxPoints: points,
  unverified: text.optional(),
  options: z.array(z.strictObject({ ...labelled, points })).min(2),
});

const checklistItem = z.strictObject({
  ...labelled,
  type: z.literal('checklist'),
  maxPoints: points,
  /** Points of each checked option unless the option says otherwise. */
  pointsEach: points.optional(),
  unverified: text.optional(),
  options: z.array(z.strictObject({ ...labelled, points: points.optional() })).min(1),
});

const bandsItem = z.strictObject({
  ...labelled,
  type: z.literal('percentBands'),
  maxPoints: points,
  unverified: text.optional(),
  bands: z.array(z.strictObject({ upTo: z.number().min(0).max(100), points })).min(2),
});

const levelText = z.strictObject({ level: count.min(1), zh: text, en: text });

const fileSchema = z.strictObject({
  version: z.string().regex(/^[a-z0-9-]+\.v\d+$/, 'a version looks like miit-2024.v1'),
  zh: text,
  en: text,
  notice: text,
  source: text,
  caveats: z.array(text),
  maxScore: points,
  dimensions: z
    .array(
      z.strictObject({
        ...labelled,
        maxPoints: points,
        groups: z
          .array(
            z.strictObject({
              ...labelled,
              maxPoints: points,
              items: z
                .array(z.discriminatedUnion('type', [choiceItem, checklistItem, bandsItem]))
                .min(1),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
  operations: z.strictObject({
    ...labelled,
    maxLevel: count.min(1),
    genericLevels: z.array(levelText),
    groups: z.array(z.strictObject(labelled)).min(1),
    scenarios: z
      .array(
        z.strictObject({
          ...labelled,
          group: id,
          mandatory: z.boolean(),
          levels: z.array(levelText).optional(),
        }),
      )
      .min(1),
  }),
  grades: z
    .array(
      z.strictObject({
        rank: count.min(1),
        zh: text,
        en: text,
        minScore: points,
        level: count.min(1),
        minScenarios: count,
        minMandatory: count,
        descriptionZh: text,
        descriptionEn: text,
      }),
    )
    .min(1),
});

type QuestionnaireFile = z.infer<typeof fileSchema>;

const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (out, key) =>
      typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
    '',
  ) || '(root)';

// ─── what the shape cannot say ───────────────────────────────────────────────────────────────

/** Points are exact here: every value passed the zod check. */
const units = (points: number): number => pointsToUnits(points)!;

function consistencyIssues(file: QuestionnaireFile): QuestionnaireIssue[] {
  const issues: QuestionnaireIssue[] = [];
  const issue = (path: readonly PropertyKey[], message: string) =>
    issues.push({ path: formatPath(path), message });
  const unique = (ids: readonly string[], path: readonly PropertyKey[], what: string) => {
    const seen = new Set<string>();
    ids.forEach((value, i) => {
      if (seen.has(value)) issue([...path, i, 'id'], `${what} id '${value}' is used twice`);
      seen.add(value);
    });
  };
  const sumCheck = (path: readonly PropertyKey[], declared: number, parts: number, of: string) => {
    if (units(declared) !== parts)
      issue(
        [...path, 'maxPoints'],
        `is ${declared} but its ${of} add up to ${formatPoints(parts)}`,
      );
  };

  unique(
    file.dimensions.map((d) => d.id),
    ['dimensions'],
    'dimension',
  );
  const groupIds: string[] = [];
  const itemIds: string[] = [];
  let scoreTotal = 0;
  file.dimensions.forEach((dimension, d) => {
    let dimensionTotal = 0;
    dimension.groups.forEach((group, g) => {
      const groupPath = ['dimensions', d, 'groups', g];
      groupIds.push(group.id);
      let groupTotal = 0;
      group.items.forEach((item, i) => {
        const path = [...groupPath, 'items', i];
        itemIds.push(item.id);
        let max = 0;
        if (item.type === 'choice') {
          unique(
            item.options.map((o) => o.id),
            [...path, 'options'],
            'option',
          );
          max = Math.max(...item.options.map((o) => units(o.points)));
        } else if (item.type === 'checklist') {
          unique(
            item.options.map((o) => o.id),
            [...path, 'options'],
            'option',
          );
          item.options.forEach((option, o) => {
            const each = option.points ?? item.pointsEach;
            if (each === undefined)
              issue(
                [...path, 'options', o, 'points'],
                'needs points (or the item needs pointsEach)',
              );
            else max += units(each);
          });
        } else {
          item.bands.forEach((band, b) => {
            const before = item.bands[b - 1];
            if (before && band.upTo <= before.upTo)
              issue(
                [...path, 'bands', b, 'upTo'],
                `must be above the band before (${before.upTo})`,
              );
          });
          const last = item.bands[item.bands.length - 1]!;
          if (last.upTo !== 100)
            issue(
              [...path, 'bands', item.bands.length - 1, 'upTo'],
              'the last band must reach 100',
            );
          max = Math.max(...item.bands.map((band) => units(band.points)));
        }
        if (units(item.maxPoints) !== max)
          issue(
            [...path, 'maxPoints'],
            `is ${item.maxPoints} but the best answer gives ${formatPoints(max)}`,
          );
        groupTotal += units(item.maxPoints);
      });
      sumCheck(groupPath, group.maxPoints, groupTotal, 'items');
      dimensionTotal += units(group.maxPoints);
    });
    sumCheck(['dimensions', d], dimension.maxPoints, dimensionTotal, 'groups');
    scoreTotal += units(dimension.maxPoints);
  });
  if (units(file.maxScore) !== scoreTotal)
    issue(
      ['maxScore'],
      `is ${file.maxScore} but the dimensions add up to ${formatPoints(scoreTotal)}`,
    );
  // Group and item ids are looked up without their dimension: unique across the file.
  groupIds.forEach((value, i) => {
    if (groupIds.indexOf(value) !== i) issue(['dimensions'], `group id '${value}' is used twice`);
  });
  itemIds.forEach((value, i) => {
    if (itemIds.indexOf(value) !== i) issue(['dimensions'], `item id '${value}' is used twice`);
  });

  const ops = file.operations;
  const levelsCovered = (texts: readonly { level: number }[], path: readonly PropertyKey[]) => {
    texts.forEach((t, i) => {
      if (t.level > ops.maxLevel) issue([...path, i, 'level'], `is above maxLevel ${ops.maxLevel}`);
      if (texts.findIndex((other) => other.level === t.level) !== i)
        issue([...path, i, 'level'], `level ${t.level} is described twice`);
    });
  };
  levelsCovered(ops.genericLevels, ['operations', 'genericLevels']);
  for (let level = 1; level <= ops.maxLevel; level++) {
    if (!ops.genericLevels.some((t) => t.level === level))
      issue(['operations', 'genericLevels'], `level ${level} has no generic text`);
  }
  unique(
    ops.groups.map((g) => g.id),
    ['operations', 'groups'],
    'scenario group',
  );
  unique(
    ops.scenarios.map((s) => s.id),
    ['operations', 'scenarios'],
    'scenario',
  );
  ops.scenarios.forEach((scenario, s) => {
    if (!ops.groups.some((g) => g.id === scenario.group))
      issue(['operations', 'scenarios', s, 'group'], `'${scenario.group}' is not a scenario group`);
    levelsCovered(scenario.levels ?? [], ['operations', 'scenarios', s, 'levels']);
  });

  const mandatoryCount = ops.scenarios.filter((s) => s.mandatory).length;
  file.grades.forEach((grade, g) => {
    const path = ['grades', g];
    const before = file.grades[g - 1];
    if (grade.rank !== g + 1)
      issue([...path, 'rank'], `must be ${g + 1}: grades are listed lowest first`);
    if (before && grade.minScore < before.minScore)
      issue([...path, 'minScore'], `must not be below the grade before (${before.minScore})`);
    if (before && grade.level < before.level)
      issue([...path, 'level'], `must not be below the grade before (${before.level})`);
    if (grade.minScore > file.maxScore)
      issue([...path, 'minScore'], `is above the most points possible (${file.maxScore})`);
    if (grade.level > ops.maxLevel) issue([...path, 'level'], `is above maxLevel ${ops.maxLevel}`);
    if (grade.minScenarios > ops.scenarios.length)
      issue([...path, 'minScenarios'], `is more than the ${ops.scenarios.length} scenarios`);
    if (grade.minMandatory > Math.min(grade.minScenarios, mandatoryCount))
      issue(
        [...path, 'minMandatory'],
        `must be at most minScenarios (${grade.minScenarios}) and the ${mandatoryCount} mandatory scenarios`,
      );
  });
  return issues;
}

// ─── from file to questionnaire ──────────────────────────────────────────────────────────────

function build(file: QuestionnaireFile): Questionnaire {
  const ops = file.operations;
  const dimensions: AssessmentDimension[] = file.dimensions.map((dimension) => ({
    id: dimension.id,
    zh: dimension.zh,
    en: dimension.en,
    maxUnits: units(dimension.maxPoints),
    groups: dimension.groups.map((group) => ({
      id: group.id,
      zh: group.zh,
      en: group.en,
      maxUnits: units(group.maxPoints),
      items: group.items.map((item): QuestionItem => {
        const base: ItemBase = {
          id: item.id,
          zh: item.zh,
          en: item.en,
          dimensionId: dimension.id,
          groupId: group.id,
          maxUnits: units(item.maxPoints),
          ...(item.unverified === undefined ? {} : { unverified: item.unverified }),
        };
        const option = (o: QuestionLabel, points: number): ChoiceOption => ({
          id: o.id,
          zh: o.zh,
          en: o.en,
          units: units(points),
        });
        switch (item.type) {
          case 'choice':
            return {
              ...base,
              type: 'choice',
              options: item.options.map((o) => option(o, o.points)),
            };
          case 'checklist':
            return {
              ...base,
              type: 'checklist',
              options: item.options.map((o) => option(o, (o.points ?? item.pointsEach)!)),
            };
          case 'percentBands':
            return {
              ...base,
              type: 'percentBands',
              bands: item.bands.map((b) => ({ upTo: b.upTo, units: units(b.points) })),
            };
        }
      }),
    })),
  }));
  const generic = new Map(ops.genericLevels.map((t) => [t.level, t]));
  return {
    version: file.version,
    zh: file.zh,
    en: file.en,
    notice: file.notice,
    source: file.source,
    caveats: file.caveats,
    maxScoreUnits: units(file.maxScore),
    dimensions,
    items: dimensions.flatMap((d) => d.groups.flatMap((g) => g.items)),
    operations: {
      id: ops.id,
      zh: ops.zh,
      en: ops.en,
      maxLevel: ops.maxLevel,
      groups: ops.groups,
      scenarios: ops.scenarios.map((scenario) => ({
        id: scenario.id,
        zh: scenario.zh,
        en: scenario.en,
        group: scenario.group,
        mandatory: scenario.mandatory,
        levels: Array.from({ length: ops.maxLevel }, (_, i) => {
          const own = scenario.levels?.find((t) => t.level === i + 1);
          const shown = own ?? generic.get(i + 1)!;
          return { level: i + 1, zh: shown.zh, en: shown.en, generic: own === undefined };
        }),
      })),
    },
    grades: file.grades.map((grade) => ({
      rank: grade.rank,
      zh: grade.zh,
      en: grade.en,
      minScoreUnits: units(grade.minScore),
      level: grade.level,
      minScenarios: grade.minScenarios,
      minMandatory: grade.minMandatory,
      descriptionZh: grade.descriptionZh,
      descriptionEn: grade.descriptionEn,
    })),
  };
}

/**
 * The questionnaire in `raw` (a parsed JSON file), or a `QuestionnaireDataError` thrown with
 * every problem and its path. `source` names the file in the message.
 */
export function parseQuestionnaire(raw: unknown, source = 'questionnaire'): Questionnaire {
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new QuestionnaireDataError(
      source,
      parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    );
  }
  const issues = consistencyIssues(parsed.data);
  if (issues.length > 0) throw new QuestionnaireDataError(source, issues);
  return build(parsed.data);
}
