/** Tables and figures of the upload page, computed from diagrams/upload. */
export { default as LimitsTable } from './LimitsTable';
export { default as PlanTable } from './PlanTable';
export { default as UploadFigure } from './UploadFigure';
