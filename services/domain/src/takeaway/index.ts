export * from './archive';
export * from './to-events';
export * from './takeaway';
