export * from './notifications';
export * from './notification-events';
