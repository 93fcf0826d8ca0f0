/** SharePoint's `$batch` wire format for the stand-in: reading requests and writing answers, no I/O. */
export { BatchFormatError } from './batch-format-error';
export { parseBatchRequest } from './parse-batch-request';
export type { BatchRequestPart, ParseBatchRequestOptions } from './parse-batch-request';
export { BATCH_METHODS } from './embedded-http-request';
export type { BatchMethod } from './embedded-http-request';
export type { HeaderFields } from './header-block';
export { formatBatchResponse } from './format-batch-response';
export type { BatchResponsePart, FormatBatchResponseOptions, FormattedBatchResponse } from './format-batch-response';
export { JSON_MINIMAL_METADATA } from './odata-content-type';
