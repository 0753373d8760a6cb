export { isUuid } from './ids';
export { normalizeForSearch, unsafeTextReason } from './text';
