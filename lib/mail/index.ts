export { createMailer, type Mailer, type OutgoingMail } from "./transport";
export { escapeHtml, htmlEmail, textEmail } from "./html";
