export * from './product';
export * from './engagement';
