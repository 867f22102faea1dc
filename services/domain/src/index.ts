export * from './shared/errors';
export * from './events/envelope';
export * from './company/uscc';
export * from './company/company';
