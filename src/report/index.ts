/** The report: self-contained HTML and plain JSON from one AuditResult. */
export { renderReportHtml } from './render.ts';
export { renderReportJson, type JsonReport, type JsonMeasure } from './json.ts';
