/** The store's public surface: import from here rather than from the individual modules. */
export { closeDatabase, DB_NAME, DB_VERSION, onStoreEvent, type StoreEvent } from './db';
export { isStoreError, StoreError, STORE_ERROR_TEXT, type StoreErrorCode } from './errors';
export * from './fault-log';
export * from './fault-query';
export * from './fault-settle';
export * from './printers';
export * from './journal';
export * from './jobs';
export * from './settings';
export * from './keys';
export * from './persistence';
export * from './ledger';
export * from './drills';
