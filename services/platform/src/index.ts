export * from './config';
export * from './log';
export * from './kafka/bus';
export * from './kafka/topics';
export * from './neo4j/driver';
export * from './neo4j/migrate';
export * from './contracts/events';
export * from './runtime';
