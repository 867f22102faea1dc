export * from './region-code';
export * from './divisions';
