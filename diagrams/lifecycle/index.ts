export * from './buckets';
export * from './figures';
export * from './s3-configuration';
export * from './storage-classes';
export * from './timeline';
