/**
 * The questionnaire file: a versioned JSON file (see miit-2024.v1.json) is checked here when it is
 * loaded — its shape with zod, then what zod cannot say (sums, unique ids, references, ordered bands
 * and grades) — and turned into the typed `Questionnaire` the scoring uses. A broken file throws a
 * `QuestionnaireDataError` listing every problem with its path, so a bad correction of the data fails
 * at start-up, not in a user's result. Points in the file are plain decimals with at most four
 * decimals, converted digit by digit (`pointsToUnits`).
 */
import {
  type QuestionLabel,
  type ChoiceOption,
  type ItemBase,
  type QuestionItem,
  type AssessmentDimension,
  type Questionnaire,
} from './questionnaire';
import { parsePercent } from '../finance/rates';
import { consistencyIssues } from './questionnaire-consistency';
import {
  fileSchema,
  formatPath,
  units,
  type QuestionnaireFile,
  type QuestionnaireIssue,
} from './questionnaire-schema';

export type { QuestionnaireIssue } from './questionnaire-schema';

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
    evidenceThresholds: thresholdsOf(file.evidenceThresholds),
  };
}

function thresholdsOf(
  t: QuestionnaireFile['evidenceThresholds'],
): Questionnaire['evidenceThresholds'] {
  const share = parsePercent(String(t.onTimeShare.percent), 'evidenceThresholds.onTimeShare');
  // The zod check allowed only percentages with at most two decimals.
  if (!share.ok) throw new RangeError(share.error.message);
  return {
    stockReportDays: t.stockReportDays.value,
    purchaseOrders: t.purchaseOrders.value,
    onTimeRateBp: share.value,
    onTimeMinDeliveries: t.onTimeMinDeliveries.value,
    sources: {
      stockReportDays: t.stockReportDays.source,
      purchaseOrders: t.purchaseOrders.source,
      onTimeRateBp: t.onTimeShare.source,
      onTimeMinDeliveries: t.onTimeMinDeliveries.source,
    },
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
