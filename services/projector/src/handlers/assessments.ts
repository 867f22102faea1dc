/**
 * Digital-level assessments, keyed by the assessed company: drafts (one open draft per company),
 * submissions (each its own node, the latest flagged), improvement plans and their tasks.
 *
 * A submission is stored with the result it carries (scored by the gateway with the questionnaire
 * version it names): the event log is the record of what was declared and graded then. The
 * projector checks the answers against that version, not the score, so a replay after a scoring
 * fix, which comes as a new version, keeps every historic result.
 */
import {
  IN_NETWORK,
  planImprovement,
  saveAssessmentDraft,
  submitAssessment,
  updateImprovementTask,
  type AssessmentDraftSaved,
  type AssessmentState,
  type AssessmentSubmitted,
  type ImprovementPlanned,
  type ImprovementPlanState,
  type ImprovementTaskState,
  type ImprovementTasksState,
  type ImprovementTaskUpdated,
} from '@chainlift/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Handler } from './handler';
import { rows, setOf } from './rows';

async function loadAssessmentFacts(
  tx: ManagedTransaction,
  events: { payload: { companyId: string; assessmentId: string } }[],
): Promise<AssessmentState> {
  const companyIds = [...new Set(events.map((e) => e.payload.companyId))];
  // One query after the other: a transaction runs its queries in sequence.
  const companies = await rows(
    tx,
    'UNWIND $ids AS id MATCH (c:Company {id: id}) RETURN c.id AS id',
    {
      ids: companyIds,
    },
  );
  const drafts = await rows<{ companyId: string; id: string }>(
    tx,
    `UNWIND $ids AS id MATCH (a:Assessment {companyId: id, status: 'DRAFT'})
     RETURN a.companyId AS companyId, a.id AS id`,
    { ids: companyIds },
  );
  const known = await rows<{ id: string; companyId: string; status: 'DRAFT' | 'SUBMITTED' }>(
    tx,
    `UNWIND $ids AS id MATCH (a:Assessment {id: id})
     RETURN a.id AS id, a.companyId AS companyId, a.status AS status`,
    { ids: events.map((e) => e.payload.assessmentId) },
  );
  return {
    companies: setOf(companies, 'id'),
    drafts: new Map(drafts.map((d) => [d.companyId, d.id])),
    assessments: new Map(known.map((a) => [a.id, a])),
  };
}

export const assessmentDraftSaved: Handler<AssessmentDraftSaved, AssessmentState> = {
  type: 'AssessmentDraftSaved',
  load: loadAssessmentFacts,
  decide: (state, { payload }) => saveAssessmentDraft.decide(state, payload),
  evolve: (state, { payload }) => saveAssessmentDraft.evolve(state, payload),
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r
       MATCH (c:Company {id: r.companyId})
       MERGE (a:Assessment {id: r.assessmentId})
         ON CREATE SET a.companyId = r.companyId, a.status = 'DRAFT', a.createdAt = datetime(r.at)
       SET a.questionnaireVersion = r.questionnaireVersion, a.answersJson = r.answersJson,
           a.savedAt = datetime(r.at), a.savedBy = r.savedBy
       MERGE (c)-[:ASSESSED]->(a)`,
      {
        rows: accepted.map((e) => ({
          ...e.payload,
          answersJson: JSON.stringify(e.payload.answers),
          at: e.occurredAt,
        })),
      },
    );
  },
};

export const assessmentSubmitted: Handler<AssessmentSubmitted, AssessmentState> = {
  type: 'AssessmentSubmitted',
  load: loadAssessmentFacts,
  decide: (state, { payload }) => submitAssessment.decide(state, payload),
  evolve: (state, { payload }) => submitAssessment.evolve(state, payload),
  async write(tx, accepted) {
    // The last submission of each company in this run is its latest.
    const latest = new Map(accepted.map((e) => [e.payload.companyId, e.payload.assessmentId]));
    await tx.run(
      `UNWIND $companies AS id MATCH (a:Assessment {companyId: id, status: 'SUBMITTED'}) WHERE a.latest
       SET a.latest = false`,
      { companies: [...latest.keys()] },
    );
    await tx.run(
      `UNWIND $rows AS r
       MATCH (c:Company {id: r.companyId})
       MERGE (a:Assessment {id: r.assessmentId})
         ON CREATE SET a.companyId = r.companyId, a.createdAt = datetime(r.at)
       SET a.status = 'SUBMITTED', a.questionnaireVersion = r.questionnaireVersion,
           a.answersJson = r.answersJson, a.resultJson = r.resultJson,
           a.totalUnits = toInteger(r.totalUnits), a.gradeRank = toInteger(r.gradeRank),
           a.gradeZh = r.gradeZh, a.gradeEn = r.gradeEn, a.reasonZh = r.reasonZh, a.reasonEn = r.reasonEn,
           a.scenarioIds = r.scenarioIds, a.scenarioLevels = r.scenarioLevels,
           a.savedAt = datetime(r.at), a.submittedAt = datetime(r.at), a.submittedBy = r.submittedBy,
           a.latest = r.latest
       MERGE (c)-[:ASSESSED]->(a)`,
      {
        rows: accepted.map(({ payload: p, occurredAt }) => ({
          assessmentId: p.assessmentId,
          companyId: p.companyId,
          questionnaireVersion: p.questionnaireVersion,
          answersJson: JSON.stringify(p.answers),
          resultJson: JSON.stringify(p.result),
          totalUnits: p.result.totalUnits,
          gradeRank: p.result.grade.rank,
          gradeZh: p.result.grade.zh,
          gradeEn: p.result.grade.en,
          reasonZh: p.result.reason.zh,
          reasonEn: p.result.reason.en,
          scenarioIds: p.result.scenarios.map((s) => s.scenarioId),
          scenarioLevels: p.result.scenarios.map((s) => s.level),
          submittedBy: p.submittedBy,
          latest: latest.get(p.companyId) === p.assessmentId,
          at: occurredAt,
        })),
      },
    );
  },
};

export const improvementPlanned: Handler<ImprovementPlanned, ImprovementPlanState> = {
  type: 'ImprovementPlanned',
  async load(tx, events) {
    const companyIds = [
      ...new Set(events.flatMap((e) => [e.payload.companyId, e.payload.plannedBy])),
    ];
    const companies = await rows(
      tx,
      'UNWIND $ids AS id MATCH (c:Company {id: id}) RETURN c.id AS id',
      { ids: companyIds },
    );
    const leaders = await rows<{ companyId: string; leaders: string[] }>(
      tx,
      `UNWIND $ids AS id MATCH (:Company {id: id})-[m:MEMBER_OF]->(ch:Chain) WHERE m.status IN $statuses
       RETURN id AS companyId, collect(DISTINCT ch.leaderId) AS leaders`,
      { ids: [...new Set(events.map((e) => e.payload.companyId))], statuses: IN_NETWORK },
    );
    const plans = await rows(
      tx,
      'UNWIND $ids AS id MATCH (p:ImprovementPlan {id: id}) RETURN p.id AS id',
      { ids: events.map((e) => e.payload.planId) },
    );
    const tasks = await rows(
      tx,
      'UNWIND $ids AS id MATCH (t:ImprovementTask {id: id}) RETURN t.id AS id',
      { ids: events.flatMap((e) => e.payload.tasks.map((t) => t.taskId)) },
    );
    const submitted = await rows<{ id: string; companyId: string }>(
      tx,
      `UNWIND $ids AS id MATCH (a:Assessment {id: id, status: 'SUBMITTED'})
       RETURN a.id AS id, a.companyId AS companyId`,
      {
        ids: events
          .map((e) => e.payload.baseAssessmentId)
          .filter((id): id is string => id !== undefined),
      },
    );
    return {
      companies: setOf(companies, 'id'),
      leaders: new Map(leaders.map((l) => [l.companyId, l.leaders])),
      plans: setOf(plans, 'id'),
      tasks: setOf(tasks, 'id'),
      submitted: new Map(submitted.map((s) => [s.id, s.companyId])),
    };
  },
  decide: (state, { payload }) => planImprovement.decide(state, payload),
  evolve: (state, { payload }) => planImprovement.evolve(state, payload),
  async write(tx, accepted) {
    await tx.run(
      `UNWIND $rows AS r
       MATCH (c:Company {id: r.companyId})
       CREATE (c)<-[:FOR]-(p:ImprovementPlan {id: r.planId, companyId: r.companyId, plannedBy: r.plannedBy,
         questionnaireVersion: r.questionnaireVersion, baseAssessmentId: r.baseAssessmentId,
         targetScenarioIds: [t IN r.targets | t.scenarioId], targetLevels: [t IN r.targets | toInteger(t.level)],
         createdOn: date(r.on), createdAt: datetime(r.at)})
       WITH p, r
       UNWIND range(0, size(r.tasks) - 1) AS i
       WITH p, r, i, r.tasks[i] AS t
       CREATE (p)-[:HAS_TASK]->(:ImprovementTask {id: t.taskId, planId: r.planId, companyId: r.companyId,
         plannedBy: r.plannedBy, position: i, title: t.title, step: t.step, scenarioId: t.scenarioId,
         ownerCompanyId: t.ownerCompanyId, dueDate: date(t.dueDate), status: 'OPEN', updatedAt: datetime(r.at)})`,
      {
        rows: accepted.map((e) => ({
          baseAssessmentId: null,
          ...e.payload,
          tasks: e.payload.tasks.map((t) => ({ step: null, scenarioId: null, ...t })),
          at: e.occurredAt,
        })),
      },
    );
  },
};

export const improvementTaskUpdated: Handler<ImprovementTaskUpdated, ImprovementTasksState> = {
  type: 'ImprovementTaskUpdated',
  async load(tx, events) {
    const found = await rows<ImprovementTaskState>(
      tx,
      `UNWIND $ids AS id MATCH (t:ImprovementTask {id: id})
       RETURN t.id AS id, t.planId AS planId, t.companyId AS companyId, t.plannedBy AS plannedBy,
              t.ownerCompanyId AS ownerCompanyId, t.status AS status`,
      { ids: [...new Set(events.map((e) => e.payload.taskId))] },
    );
    return new Map(found.map((t) => [t.id, t]));
  },
  decide: (tasks, { payload }) => updateImprovementTask.decide(tasks, payload),
  evolve: (tasks, { payload }) => updateImprovementTask.evolve(tasks, payload),
  async write(tx, accepted) {
    for (const { payload, occurredAt } of accepted) {
      // In order: the same task may move twice in one batch.
      await tx.run(
        `MATCH (t:ImprovementTask {id: $taskId})
         SET t.status = $status, t.note = coalesce($note, t.note), t.updatedBy = $actorCompanyId,
             t.updatedOn = date($on), t.updatedAt = datetime($at)`,
        { note: null, ...payload, at: occurredAt },
      );
    }
  },
};
