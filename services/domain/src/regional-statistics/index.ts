export * from './suppression';
export * from './tables';
