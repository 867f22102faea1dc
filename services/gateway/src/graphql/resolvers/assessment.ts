/** The digital-level assessment: thin resolvers over the assessment rules in the domain. */
import { randomUUID } from 'node:crypto';
import {
  addDays,
  buildDashboard,
  checkTargets,
  checkTasks,
  CURRENT_QUESTIONNAIRE,
  displayResult,
  evidenceFor,
  evidenceWindow,
  fail,
  formatPercent,
  IN_NETWORK,
  isBefore,
  NO_FACTS,
  orThrow,
  proposeSteps,
  scoreAssessment,
  storedAnswers,
  storedResult,
  taskFromStep,
  validateDraft,
  volumeSharesBp,
  type AssessmentAnswersInput as DomainAnswers,
  type DashboardMember,
  type EvidenceFacts,
  type ItemAnswer,
  type PlanTarget,
} from '@chainlift/domain';
import type { Context } from '../../context';
import type { AssessmentAnswersInput, ImprovementTargetInput, Resolvers } from '../generated';
import { actorOf } from './shared';
import {
  questionnaireOf,
  questionnaireView,
  gapView,
  levelsOf,
  evidenceView,
  supplierView,
} from './assessment-views';

const bad = (message: string, field: string) => orThrow(fail('BAD_USER_INPUT', message, field));

/** The GraphQL answer lists as the domain's records; an item or scenario given twice is refused. */
function answersFrom(input: AssessmentAnswersInput): DomainAnswers {
  const items: Record<string, ItemAnswer> = {};
  for (const [i, a] of (input.items ?? []).entries()) {
    if (Object.hasOwn(items, a.itemId))
      bad(`item '${a.itemId}' is answered twice`, `items[${i}].itemId`);
    items[a.itemId] = { option: a.option, checked: a.checked, percent: a.percent };
  }
  const scenarios: Record<string, number> = {};
  for (const [i, s] of (input.scenarios ?? []).entries()) {
    if (Object.hasOwn(scenarios, s.scenarioId))
      bad(`scenario '${s.scenarioId}' is given twice`, `scenarios[${i}].scenarioId`);
    scenarios[s.scenarioId] = s.level;
  }
  return { items, scenarios };
}

async function factsOf(ctx: Context, companyId: string): Promise<EvidenceFacts> {
  const found = await ctx.assessments.evidenceFacts(
    [companyId],
    evidenceWindow(ctx.calendar.today()),
  );
  return found.get(companyId) ?? NO_FACTS;
}

/** The leader a LEADER step goes to: the planner when it is not the company, else the company's first leader. */
async function leaderFor(ctx: Context, companyId: string, plannerId: string): Promise<string> {
  if (plannerId !== companyId) return plannerId;
  const memberships = await ctx.chains.ofCompany(companyId);
  const active = memberships.find((m) => IN_NETWORK.includes(m.status));
  const chain = active ? await ctx.chains.byId(active.chainId) : undefined;
  return chain?.leaderId ?? companyId;
}

async function proposalsFor(ctx: Context, companyId: string, targets: PlanTarget[]) {
  const [facts, latest] = await Promise.all([
    factsOf(ctx, companyId),
    ctx.assessments.latest(companyId),
  ]);
  return proposeSteps(CURRENT_QUESTIONNAIRE, targets, facts, levelsOf(latest));
}

const targetsFrom = (input: readonly ImprovementTargetInput[]) =>
  orThrow(
    checkTargets(
      CURRENT_QUESTIONNAIRE,
      input.map((t) => ({ scenarioId: t.scenarioId, level: t.level })),
    ),
  );

export const assessmentResolvers: Resolvers = {
  Query: {
    async questionnaire(_parent, { version }, ctx) {
      await ctx.auth.require('assessment.questionnaire');
      return questionnaireView(version ? questionnaireOf(version) : CURRENT_QUESTIONNAIRE);
    },
    async myAssessments(_parent, _args, ctx) {
      const user = await ctx.auth.require('assessment.mine');
      return ctx.assessments.ofCompany(user.companyId, false);
    },
    async assessment(_parent, { companyId }, ctx) {
      await ctx.auth.require('assessment.read', { companyId }, 'assessment');
      const history = await ctx.assessments.ofCompany(companyId, true);
      return {
        company: await ctx.companies.mustGet(companyId),
        latest: history[0] ?? null,
        history,
      };
    },
    async evidence(_parent, { companyId }, ctx) {
      await ctx.auth.require('assessment.read', { companyId }, 'assessment evidence');
      const [facts, latest] = await Promise.all([
        factsOf(ctx, companyId),
        ctx.assessments.latest(companyId),
      ]);
      return evidenceView(ctx, companyId, facts, latest);
    },
    async chainDashboard(_parent, { chainId, months }, ctx) {
      await ctx.auth.require('assessment.dashboard', { chainId });
      const span = months ?? 6;
      if (!Number.isInteger(span) || span < 1 || span > 24)
        bad('months must be from 1 to 24', 'months');
      const chain = (await ctx.chains.byId(chainId))!;
      const { nodes } = await ctx.network.network(chainId, chain.leaderId, {
        statuses: [...IN_NETWORK],
      });
      const ids = nodes.map((n) => n.company.id);
      // Only suppliers whose assessment the leader may see count; each such read is audited.
      const visible = new Set(
        (
          await ctx.auth.filter(
            'assessment.read',
            ids.map((companyId) => ({ companyId })),
            'chain dashboard',
          )
        ).map((t) => t.companyId),
      );
      const on = ctx.calendar.today();
      const window = evidenceWindow(on);
      const visibleIds = ids.filter((id) => visible.has(id));
      const [activity, submissions, facts, flows, tiers] = await Promise.all([
        ctx.assessments.activity(ids, chain.leaderId, window),
        ctx.assessments.submissions(visibleIds),
        ctx.assessments.evidenceFacts(visibleIds, window),
        ctx.assessments.orderFlows(chainId, chain.leaderId),
        ctx.network.tiersOf(chainId, chain.leaderId),
      ]);
      const shares = volumeSharesBp(chain.leaderId, tiers, flows);
      const members: DashboardMember[] = nodes.map((n) => {
        const id = n.company.id;
        const mine = visible.has(id) ? (submissions.get(id) ?? []) : [];
        return {
          companyId: id,
          status: n.status,
          tier: n.tier,
          region: n.company.region,
          industry: n.company.industry,
          streaming: activity.get(id)?.streaming ?? false,
          sharesInventory: activity.get(id)?.sharesInventory ?? false,
          visible: visible.has(id),
          submissions: mine,
          volumeShareBp: shares.get(id) ?? 0,
          disagreements:
            mine.length > 0
              ? evidenceFor(
                  facts.get(id) ?? NO_FACTS,
                  mine[0]!.levels,
                  CURRENT_QUESTIONNAIRE,
                ).filter((e) => e.disagrees).length
              : 0,
        };
      });
      const d = buildDashboard(CURRENT_QUESTIONNAIRE, members, { today: on, months: span });
      return {
        chain,
        coverage: d.coverage,
        grades: d.grades,
        byTier: d.byTier,
        byRegion: d.byRegion,
        byIndustry: d.byIndustry,
        weakestScenarios: d.weakestScenarios.map((s) => ({
          ...s,
          averageLevel: formatPercent(s.averageHundredths),
        })),
        movement: d.movement,
        timeline: d.timeline,
        suppliers: d.suppliers.map((e) => supplierView(ctx, e)),
        helpFirst: d.helpFirst.map((e) => supplierView(ctx, e)),
      };
    },
    async improvementPlans(_parent, { companyId }, ctx) {
      await ctx.auth.require('assessment.read', { companyId }, 'improvement plans');
      return ctx.assessments.plans(companyId);
    },
    async proposedSteps(_parent, { companyId, targets }, ctx) {
      const user = await ctx.auth.require('assessment.read', { companyId }, 'proposed steps');
      const steps = await proposalsFor(ctx, companyId, targetsFrom(targets));
      const leader = await leaderFor(ctx, companyId, user.companyId);
      const on = ctx.calendar.today();
      return steps.map((s) => ({
        step: s.step,
        scenarioId: s.scenarioId,
        zh: s.zh,
        en: s.en,
        owner: s.owner,
        ownerCompany: ctx.companies.mustGet(s.owner === 'LEADER' ? leader : companyId),
        dueDate: addDays(on, s.dueInDays),
      }));
    },
  },
  Mutation: {
    async saveAssessmentDraft(_parent, { answers }, ctx) {
      const user = await ctx.auth.require('assessment.draft');
      const q = CURRENT_QUESTIONNAIRE;
      const draft = orThrow(validateDraft(q, answersFrom(answers)));
      const open = await ctx.assessments.openDraft(user.companyId);
      const assessmentId = open?.id ?? randomUUID();
      await ctx.events.apply(
        'AssessmentDraftSaved',
        {
          assessmentId,
          companyId: user.companyId,
          questionnaireVersion: q.version,
          answers: storedAnswers(draft.answers),
          savedBy: user.userId,
        },
        actorOf(user),
      );
      return (await ctx.assessments.byId(assessmentId))!;
    },
    async submitAssessment(_parent, { answers }, ctx) {
      const user = await ctx.auth.require('assessment.submit');
      const open = await ctx.assessments.openDraft(user.companyId);
      const given: DomainAnswers | undefined = answers ? answersFrom(answers) : open?.answers;
      if (!given)
        bad(
          'there is no saved draft to submit: send the answers, or save a draft first',
          'answers',
        );
      const q = CURRENT_QUESTIONNAIRE;
      const result = orThrow(scoreAssessment(q, given!));
      const valid = orThrow(validateDraft(q, given!));
      const assessmentId = open?.id ?? randomUUID();
      await ctx.events.apply(
        'AssessmentSubmitted',
        {
          assessmentId,
          companyId: user.companyId,
          questionnaireVersion: q.version,
          answers: storedAnswers(valid.answers),
          result: storedResult(result),
          submittedBy: user.userId,
        },
        actorOf(user),
      );
      return (await ctx.assessments.byId(assessmentId))!;
    },
    async planImprovement(_parent, { input }, ctx) {
      const { companyId } = input;
      const user = await ctx.auth.require('assessment.plan', { companyId }, 'improvement plan');
      const targets = targetsFrom(input.targets);
      const on = ctx.calendar.today();
      const leader = await leaderFor(ctx, companyId, user.companyId);
      const tasks = input.tasks
        ? input.tasks.map((t) => ({
            taskId: randomUUID(),
            title: t.title,
            ...(t.scenarioId ? { scenarioId: t.scenarioId } : {}),
            ownerCompanyId: t.ownerCompanyId ?? companyId,
            dueDate: t.dueDate,
          }))
        : (await proposalsFor(ctx, companyId, targets)).map((step) =>
            taskFromStep(step, randomUUID(), { company: companyId, leader }, on),
          );
      const owners = [...new Set([companyId, user.companyId, leader])];
      const checked = orThrow(checkTasks(tasks, targets, owners, on));
      const latest = await ctx.assessments.latest(companyId);
      const planId = randomUUID();
      await ctx.events.apply(
        'ImprovementPlanned',
        {
          planId,
          companyId,
          plannedBy: user.companyId,
          questionnaireVersion: CURRENT_QUESTIONNAIRE.version,
          ...(latest ? { baseAssessmentId: latest.id } : {}),
          targets,
          tasks: checked.map(({ status: _status, ...task }) => task),
          on,
        },
        actorOf(user),
      );
      return (await ctx.assessments.plan(planId))!;
    },
    async updateImprovementTask(_parent, { taskId, status, note }, ctx) {
      const user = await ctx.auth.require('assessment.task', { taskId });
      const task = (await ctx.assessments.task(taskId))!;
      const plan = (await ctx.assessments.plan(task.planId))!;
      const text = note?.trim();
      if (text && text.length > 500) bad('a note has at most 500 characters', 'note');
      await ctx.events.apply(
        'ImprovementTaskUpdated',
        {
          planId: plan.id,
          companyId: plan.companyId,
          taskId,
          actorCompanyId: user.companyId,
          status,
          ...(text ? { note: text } : {}),
          on: ctx.calendar.today(),
        },
        actorOf(user),
      );
      return (await ctx.assessments.task(taskId))!;
    },
  },
  Assessment: {
    company: (a, _args, ctx) => ctx.companies.mustGet(a.companyId),
    answers: (a) => ({
      items: Object.entries(a.answers.items).map(([itemId, answer]) => ({
        itemId,
        option: answer.option ?? null,
        checked: answer.checked ? [...answer.checked] : null,
        percent: answer.percent ?? null,
      })),
      scenarios: Object.entries(a.answers.scenarios).map(([scenarioId, level]) => ({
        scenarioId,
        level,
      })),
    }),
    answered: (a) =>
      orThrow(validateDraft(questionnaireOf(a.questionnaireVersion), a.answers)).answered,
    total: (a) => orThrow(validateDraft(questionnaireOf(a.questionnaireVersion), a.answers)).total,
    missing: (a) =>
      orThrow(validateDraft(questionnaireOf(a.questionnaireVersion), a.answers)).missing,
    result: (a) => {
      if (!a.result) return null;
      const r = displayResult(questionnaireOf(a.questionnaireVersion), a.result);
      return { ...r, gap: gapView(r.gap) };
    },
  },
  ImprovementPlan: {
    company: (p, _args, ctx) => ctx.companies.mustGet(p.companyId),
    plannedBy: (p, _args, ctx) => ctx.companies.mustGet(p.plannedBy),
    async targets(p, _args, ctx) {
      const q = questionnaireOf(p.questionnaireVersion);
      const [base, latest] = await Promise.all([
        p.baseAssessmentId ? ctx.assessments.byId(p.baseAssessmentId) : undefined,
        ctx.assessments.latest(p.companyId),
      ]);
      const baseLevels = levelsOf(base);
      const currentLevels = levelsOf(latest);
      return p.targets.map((t) => {
        const s = q.operations.scenarios.find((x) => x.id === t.scenarioId)!;
        const current = currentLevels?.[t.scenarioId] ?? null;
        return {
          scenarioId: t.scenarioId,
          zh: s.zh,
          en: s.en,
          level: t.level,
          baseLevel: baseLevels?.[t.scenarioId] ?? null,
          currentLevel: current,
          reached: current !== null && current >= t.level,
        };
      });
    },
    tasks: (p, _args, ctx) => ctx.assessments.tasks(p.id),
  },
  ImprovementTask: {
    owner: (t, _args, ctx) => ctx.companies.mustGet(t.ownerCompanyId),
    overdue: (t, _args, ctx) =>
      (t.status === 'OPEN' || t.status === 'IN_PROGRESS') &&
      isBefore(t.dueDate, ctx.calendar.today()),
  },
};
