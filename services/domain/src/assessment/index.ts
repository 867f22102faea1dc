export * from './questionnaire';
export * from './questionnaires';
export * from './scoring';
