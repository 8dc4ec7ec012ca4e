export { createMailer, mailFolder, type Mailer, type MailEnv, type OutgoingMail } from "./transport";
export { escapeHtml, htmlEmail, textEmail } from "./html";
export { classifySendError, type SendFailure } from "./smtp-errors";
export { purgeMailFiles } from "./purge";
