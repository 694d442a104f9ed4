export { contentFiles, type ContentFile } from './content-files.ts';
export { convertKumu, type ImportedContent } from './convert.ts';
export { readKumuJson } from './json-export.ts';
export { KumuInputError, type KumuProject } from './project.ts';
export { formatReport, type ImportReport } from './report.ts';
export { csvRows, readKumuSheets, type KumuSheet } from './sheets.ts';
