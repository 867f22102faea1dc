/** The MIIT digital-level assessment, its dashboard and improvement plans. */
import { fail, mayMoveTask, mayPlanImprovement } from '@chainlift/domain';
import {
  type Rule,
  ALLOW,
  all,
  decided,
  hasRole,
  leaderOnly,
  need,
  signedIn,
  tradingCompany,
  underConsent,
} from './rule';

export const ASSESSMENT_POLICY = {
  // Digital-level assessment: a company's assessment, its evidence and its plans are its data.
  'assessment.questionnaire': signedIn,
  'assessment.mine': (p) => tradingCompany(p, 'the digital-level assessment'),
  'assessment.draft': (p) =>
    all(
      tradingCompany(p, 'the digital-level assessment'),
      hasRole(p, 'OPERATOR', 'saving an assessment draft'),
    ),
  /** Submitting is the company's self-declaration: ADMIN. */
  'assessment.submit': (p) =>
    all(
      tradingCompany(p, 'the digital-level assessment'),
      hasRole(p, 'ADMIN', 'submitting an assessment (a self-declaration)'),
    ),
  /** The company itself; a company it granted an ASSESSMENT consent (its leader, a bank), audited. */
  'assessment.read': async (p, t, facts) => {
    const owner = need(t, 'companyId');
    if (owner === p.companyId) return ALLOW;
    return underConsent(
      p,
      owner,
      'ASSESSMENT',
      facts,
      "you have not been given access to this company's digital assessment: it must grant your company an ASSESSMENT consent",
    );
  },
  'assessment.dashboard': leaderOnly('VIEWER', "see the chain's digital dashboard"),
  /** The company itself, or the leader of a chain it belongs to with its ASSESSMENT consent (audited). */
  'assessment.plan': async (p, t, facts) => {
    const owner = need(t, 'companyId');
    const role = hasRole(p, 'OPERATOR', 'planning improvement');
    if (owner === p.companyId) return all(tradingCompany(p, 'planning improvement'), role);
    const planner = decided(mayPlanImprovement(owner, p.companyId, await facts.leadersOf(owner)));
    if (!planner.ok) return planner;
    if (!role.ok) return role;
    return underConsent(
      p,
      owner,
      'ASSESSMENT',
      facts,
      "planning a supplier's improvement needs its ASSESSMENT consent: its levels and evidence are its data",
    );
  },
  'assessment.task': async (p, t, facts) => {
    const task = await facts.taskParties(need(t, 'taskId'));
    if (!task) return fail('NOT_FOUND', `improvement task ${t.taskId} does not exist`);
    return all(
      decided(mayMoveTask(task, p.companyId)),
      hasRole(p, 'OPERATOR', 'updating improvement tasks'),
    );
  },
} satisfies Record<string, Rule>;
