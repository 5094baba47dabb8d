export * from './format';
export * from './keys';
export * from './limits';
export * from './plan';
