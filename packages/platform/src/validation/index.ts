export { emailAddress, isEmailAddress, isWebAddress, webAddress } from './addresses';
export { checkedId, idOf, isUuid } from './ids';
export { InputIssues, type Rule } from './issues';
export { normalizeForSearch, unsafeTextReason } from './text';
