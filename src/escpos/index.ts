/** Public surface of the ESC/POS layer: a plain list of re-exports. */
export * from './commands';
export * from './encode';
export * from './text-width';
export * from './image';
export * from './barcode';
export * from './capabilities';
export * from './job';
export * from './status-model';
export * from './status';
export * from './response-buffer';
export * from './interpreter';
export * from './virtual-printer';
