export * from './schema';
export * from './properties';
export * from './graph';
export * from './api';
export * from './storage';
