export * from './schema';
export * from './graph';
export * from './api';
export * from './storage';
