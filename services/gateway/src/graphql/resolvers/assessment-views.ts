/** GraphQL views of the domain's assessment objects: questionnaire, grade gaps, evidence, a dashboard row. */
import {
  CURRENT_QUESTIONNAIRE,
  evidenceFor,
  findQuestionnaire,
  formatPercent,
  formatPoints,
  onTimeRateBp,
  orThrow,
  type DashboardSupplierEntry,
  type EvidenceFacts,
  type GradeGap,
  type Questionnaire,
} from '@chainlift/domain';
import type { Context } from '../../context';
import type { AssessmentRow } from '../../reads/assessment';
import type { GradeCondition, QuestionItemType } from '../generated';

export const questionnaireOf = (version: string): Questionnaire =>
  orThrow(findQuestionnaire(version));

const ITEM_TYPE: Record<string, QuestionItemType> = {
  choice: 'CHOICE',
  checklist: 'CHECKLIST',
  percentBands: 'PERCENT_BANDS',
};

export function questionnaireView(q: Questionnaire) {
  return {
    version: q.version,
    zh: q.zh,
    en: q.en,
    notice: q.notice,
    source: q.source,
    caveats: q.caveats,
    maxScore: formatPoints(q.maxScoreUnits),
    dimensions: q.dimensions.map((d) => ({
      id: d.id,
      zh: d.zh,
      en: d.en,
      maxPoints: formatPoints(d.maxUnits),
      groups: d.groups.map((g) => ({
        id: g.id,
        zh: g.zh,
        en: g.en,
        maxPoints: formatPoints(g.maxUnits),
        items: g.items.map((item) => ({
          id: item.id,
          zh: item.zh,
          en: item.en,
          type: ITEM_TYPE[item.type]!,
          maxPoints: formatPoints(item.maxUnits),
          unverified: item.unverified ?? null,
          options:
            item.type === 'percentBands'
              ? []
              : item.options.map((o) => ({
                  id: o.id,
                  zh: o.zh,
                  en: o.en,
                  points: formatPoints(o.units),
                })),
          bands:
            item.type === 'percentBands'
              ? item.bands.map((b) => ({ upTo: b.upTo, points: formatPoints(b.units) }))
              : [],
        })),
      })),
    })),
    scenarioGroups: q.operations.groups,
    scenarios: q.operations.scenarios,
    maxLevel: q.operations.maxLevel,
    grades: q.grades.map((g) => ({ ...g, minScore: formatPoints(g.minScoreUnits) })),
  };
}

const CONDITION: Record<GradeGap['condition'], GradeCondition> = {
  score: 'SCORE',
  scenarios: 'SCENARIOS',
  mandatory: 'MANDATORY',
};

export function gapView(gap: GradeGap | null) {
  if (!gap) return null;
  return gap.condition === 'score'
    ? {
        rank: gap.rank,
        grade: gap.grade,
        condition: CONDITION[gap.condition],
        level: null,
        needed: formatPoints(gap.neededUnits),
        have: formatPoints(gap.haveUnits),
      }
    : {
        rank: gap.rank,
        grade: gap.grade,
        condition: CONDITION[gap.condition],
        level: gap.level,
        needed: String(gap.needed),
        have: String(gap.have),
      };
}

export const levelsOf = (row: AssessmentRow | undefined): Record<string, number> | null =>
  row?.result ? Object.fromEntries(row.result.scenarios.map((s) => [s.scenarioId, s.level])) : null;

export function evidenceView(
  ctx: Context,
  companyId: string,
  facts: EvidenceFacts,
  latest: AssessmentRow | undefined,
) {
  const q = latest ? questionnaireOf(latest.questionnaireVersion) : CURRENT_QUESTIONNAIRE;
  // Today's facts by today's thresholds: the current questionnaire's (a corrected figure applies at once).
  const scenarios = evidenceFor(facts, levelsOf(latest), CURRENT_QUESTIONNAIRE).map((e) => {
    const s = q.operations.scenarios.find((x) => x.id === e.scenarioId)!;
    return { ...e, zh: s.zh, en: s.en };
  });
  const rate = onTimeRateBp(facts);
  return {
    company: ctx.companies.mustGet(companyId),
    windowDays: facts.windowDays,
    assessmentId: latest?.id ?? null,
    facts: { ...facts, onTimeRate: rate === null ? null : formatPercent(rate) },
    scenarios,
    disagreements: scenarios.filter((s) => s.disagrees).length,
  };
}

export function supplierView(ctx: Context, e: DashboardSupplierEntry) {
  const grade = (s: { rank: number }) => {
    const rule = CURRENT_QUESTIONNAIRE.grades.find((g) => g.rank === s.rank);
    return rule
      ? { rank: rule.rank, zh: rule.zh, en: rule.en }
      : { rank: 0, zh: '未定级', en: 'No grade' };
  };
  return {
    company: ctx.companies.mustGet(e.member.companyId),
    tier: e.member.tier,
    grade: grade(e.latest),
    total: formatPoints(e.latest.totalUnits),
    submittedAt: e.latest.submittedAt,
    previousGrade: e.previous ? grade(e.previous) : null,
    volumeShare: formatPercent(e.member.volumeShareBp),
    disagreements: e.member.disagreements,
  };
}
