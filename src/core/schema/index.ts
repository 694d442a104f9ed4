export * from './care.ts';
export * from './connection.ts';
export * from './element.ts';
export * from './map.ts';
export * from './site.ts';
