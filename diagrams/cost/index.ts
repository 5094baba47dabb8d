export * from './assumptions';
export * from './coverage';
export * from './monthly';
export * from './prices';
export * from './retention';
export * from './types';
export * from './workflow';
export * from './five-years';
