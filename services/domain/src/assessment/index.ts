export * from './questionnaire';
export * from './questionnaires';
export * from './scoring';
export * from './record';
export * from './evidence';
export * from './plan';
export * from './dashboard';
