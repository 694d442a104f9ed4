export * from './element-types.ts';
export * from './connection-types.ts';
export * from './care-types.ts';
