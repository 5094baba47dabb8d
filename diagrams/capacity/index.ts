/** Capacity of the platform per scale of the cost model, from its assumptions and the IaC sizes. */
export * from './assumptions';
export * from './compute';
export * from './limits';
export * from './quotas';
