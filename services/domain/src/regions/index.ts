export * from './region-code';
export * from './divisions';
export * from './company-region';
