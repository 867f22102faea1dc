export * from './rates';
export * from './receivable';
export * from './pledge';
export * from './risk';
