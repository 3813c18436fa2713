// What inbound publishes (docs/decisions/layers.md): which routes read raw mail, so the app lets
// their bodies be as large as a mail may be; and the erasure of a lead's mail.
export { deleteLeadMail } from './mail/inbound-messages.repository.js';
export { isMailPath, MAX_MAIL_BODY_BYTES } from './mail/mail-paths.js';
