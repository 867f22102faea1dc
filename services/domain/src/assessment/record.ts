/**
 * What the event log keeps of an assessment, and how it is shown again. A submission stores the
 * answers, the questionnaire version and the result as scored then (numbers and ids, not labels);
 * showing it joins the labels of that same version, so a later correction of the rules, which
 * comes as a new version, never rewrites an old result.
 */
import type { PayloadOf } from '../events/catalogue';
import type { PlanTarget, PlanTask, TaskStatus } from './plan';
import { formatPoints, type Questionnaire } from './questionnaire';
import type { AssessmentAnswers } from './answers';
import type { AssessmentResult, GradeGap, GradeSummary, ScenarioLevelCount } from './scoring';

export interface StoredResult {
  totalUnits: number;
  items: { itemId: string; units: number }[];
  dimensions: { id: string; units: number; groups: { id: string; units: number }[] }[];
  scenarios: { scenarioId: string; level: number }[];
  levelCounts: ScenarioLevelCount[];
  grade: GradeSummary;
  gap: GradeGap | null;
  reason: { zh: string; en: string };
}

export interface AssessmentDraftSaved {
  assessmentId: string;
  companyId: string;
  questionnaireVersion: string;
  answers: AssessmentAnswers;
  savedBy: string;
}

export interface AssessmentSubmitted {
  assessmentId: string;
  companyId: string;
  questionnaireVersion: string;
  answers: AssessmentAnswers;
  result: StoredResult;
  submittedBy: string;
}

export interface ImprovementPlanned {
  planId: string;
  companyId: string;
  /** The company that made the plan: the assessed company or its leader. */
  plannedBy: string;
  /** The questionnaire version the target scenarios belong to. */
  questionnaireVersion: string;
  /** The latest submission when the plan was made: where the targets start from. */
  baseAssessmentId?: string;
  targets: PlanTarget[];
  tasks: Omit<PlanTask, 'status'>[];
  on: string;
}

export interface ImprovementTaskUpdated {
  planId: string;
  companyId: string;
  taskId: string;
  actorCompanyId: string;
  status: TaskStatus;
  note?: string;
  on: string;
}

/** Answers as the event log keeps them (the contract's type): only the fields given, never null. */
export type StoredAnswers = PayloadOf<'AssessmentDraftSaved'>['answers'];

export function storedAnswers(answers: AssessmentAnswers): StoredAnswers {
  const items: StoredAnswers['items'] = {};
  for (const [id, answer] of Object.entries(answers.items ?? {})) {
    if (!answer) continue;
    items[id] = {
      ...(answer.option != null ? { option: answer.option } : {}),
      ...(answer.checked != null ? { checked: [...answer.checked] } : {}),
      ...(answer.percent != null ? { percent: answer.percent } : {}),
    };
  }
  const scenarios: StoredAnswers['scenarios'] = {};
  for (const [id, level] of Object.entries(answers.scenarios ?? {}))
    if (level != null) scenarios[id] = level;
  return { items, scenarios };
}

export function storedResult(result: AssessmentResult): StoredResult {
  return {
    totalUnits: result.totalUnits,
    items: result.items.map((i) => ({ itemId: i.itemId, units: i.units })),
    dimensions: result.dimensions.map((d) => ({
      id: d.id,
      units: d.units,
      groups: d.groups.map((g) => ({ id: g.id, units: g.units })),
    })),
    scenarios: result.scenarios.map((s) => ({ scenarioId: s.scenarioId, level: s.level })),
    levelCounts: result.levelCounts,
    grade: result.grade,
    gap: result.gap,
    reason: result.reason,
  };
}

/** A stored result with the labels and maxima of the questionnaire version it was scored with. */
export function displayResult(
  questionnaire: Questionnaire,
  stored: StoredResult,
): AssessmentResult {
  const itemUnits = new Map(stored.items.map((i) => [i.itemId, i.units]));
  const dimensionUnits = new Map(stored.dimensions.map((d) => [d.id, d]));
  const levels = new Map(stored.scenarios.map((s) => [s.scenarioId, s.level]));
  const subtotal = (
    part: { id: string; zh: string; en: string; maxUnits: number },
    units: number,
  ) => ({
    id: part.id,
    zh: part.zh,
    en: part.en,
    units,
    maxUnits: part.maxUnits,
    points: formatPoints(units),
    maxPoints: formatPoints(part.maxUnits),
  });
  return {
    questionnaireVersion: questionnaire.version,
    items: questionnaire.items.map((item) => {
      const units = itemUnits.get(item.id) ?? 0;
      return {
        itemId: item.id,
        dimensionId: item.dimensionId,
        groupId: item.groupId,
        units,
        maxUnits: item.maxUnits,
        points: formatPoints(units),
      };
    }),
    dimensions: questionnaire.dimensions.map((d) => {
      const storedDimension = dimensionUnits.get(d.id);
      const groupUnits = new Map(storedDimension?.groups.map((g) => [g.id, g.units]) ?? []);
      return {
        ...subtotal(d, storedDimension?.units ?? 0),
        groups: d.groups.map((g) => subtotal(g, groupUnits.get(g.id) ?? 0)),
      };
    }),
    totalUnits: stored.totalUnits,
    total: formatPoints(stored.totalUnits),
    maxTotal: formatPoints(questionnaire.maxScoreUnits),
    scenarios: questionnaire.operations.scenarios.map((s) => ({
      scenarioId: s.id,
      zh: s.zh,
      en: s.en,
      group: s.group,
      mandatory: s.mandatory,
      level: levels.get(s.id) ?? 0,
    })),
    levelCounts: stored.levelCounts,
    grade: stored.grade,
    gap: stored.gap,
    reason: stored.reason,
  };
}
