export {
  startProjector,
  type BatchReport,
  type Projector,
  type ProjectorOptions,
} from './projector';
export { applyBatch, runsToApply } from './apply-batch';
export { HANDLERS } from './handlers';
export type { AnyHandler, Handler } from './handlers/handler';
export { emptyProjection, mergeByTime, rebuildProjection, type RebuildReport } from './rebuild';
export { startTaskDueScheduler, type TaskDueScheduler } from './scheduler/task-due';
