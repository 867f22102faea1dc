export * from './suppression';
export * from './tables';
export * from './access';
