// @trialyaml/ctgov: ClinicalTrials.gov API v2 study JSON ⇄ trial YAML, fetching records by NCT number, and the
// registry's protocol upload XML (PRS).
export { CtgovError, REGISTRY_ERROR_KINDS, type CtgovErrorDetails, type CtgovErrorKind } from './errors.js';
export { parseJson, positionOf } from './parse-json.js';
export { asStudy, type ApiStudy } from './study-shape.js';
export {
  DEFAULT_SCHEMA_REF,
  importHeader,
  importStudy,
  importStudyJson,
  type ImportStudyOptions,
  type ImportedStudy,
} from './import-study.js';
export {
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
  fetchStudy,
  isNctId,
  studyUrl,
  type FetchStudyOptions,
  type FetchedStudy,
} from './fetch-study.js';
export {
  readTrialForExport,
  type ReadTrialOptions,
  type ReadTrialResult,
  type TrialProblem,
} from './read-trial.js';
export { exportTrialJson, studyJson, type ExportJsonResult } from './export-json.js';
export { firstDifference } from './first-difference.js';
export {
  buildPrsXml,
  PRS_NAMESPACE,
  type PrsXmlOptions,
  type PrsXmlResult,
} from './prs-xml/build-prs-xml.js';
export { exportTrialPrsXml, type ExportPrsXmlResult } from './prs-xml/export-prs-xml.js';
export {
  formatPrsReport,
  isUploadReady,
  type MissingUploadField,
  type NotExportedField,
  type PrsNote,
  type PrsXmlReport,
} from './prs-xml/report.js';
export {
  IND_GRANTORS,
  REVIEW_BOARD_STATUSES,
  checkPrsUploadInfo,
  parsePrsUploadInfo,
  type IndGrantor,
  type PrsUploadInfo,
  type ReviewBoardStatus,
} from './prs-xml/upload-info.js';
