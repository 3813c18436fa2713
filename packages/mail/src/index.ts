export { companyDomainOf, isFreeMailDomain } from './domains.js';
export { normalizeMessageId } from './message-id.js';
export { readMail } from './read-mail.js';
export * from './types.js';
