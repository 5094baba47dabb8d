/** Tables and figures of the pipeline page, read from infra/lib/analysis-settings.ts. */
export { default as ComputeTable } from './ComputeTable';
export { default as JobTable } from './JobTable';
export { default as PipelineFigure } from './PipelineFigure';
export { default as RetryTable } from './RetryTable';
export { default as WorkflowTable } from './WorkflowTable';
