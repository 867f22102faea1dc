export * from './product';
export * from './engagement';
export * from './sponsorship';
export * from './matching';
export * from './outcomes';
