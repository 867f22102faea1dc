export * from './rates';
export * from './receivable';
export * from './pledge';
export * from './inventory-loan';
export * from './risk';
export * from './release-request';
