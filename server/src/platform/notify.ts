import nodemailer from 'nodemailer';
import type { Logger } from './log.js';

/** Tells the practice that something needs its attention. Never throws, never waits. */
export interface Notifier {
  /** A visitor asked for a spot (or joined a waitlist). */
  signupReceived(): void;
  /** Waits for e-mails still being sent, then closes the connection. */
  close(): Promise<void>;
}

export const NOTIFICATION_SUBJECT = 'A new group request';

export const silentNotifier: Notifier = {
  signupReceived: () => undefined,
  close: async () => undefined,
};

export interface MailNotifierOptions {
  /** `smtp://user:pass@host:port`. */
  smtpUrl: string;
  /** The practice's address: recipient and sender. */
  to: string;
  /** Base URL of the server (with a trailing slash), read when a message is sent. */
  publicUrl: () => string;
  logger: Logger;
}

/**
 * E-mail to the practice for each sign-up. The message says only that a request arrived and
 * where to read it: no name, no group, nothing about health, because e-mail is not a private
 * channel. A failure is logged (its SMTP code, never the message) and the request is unaffected.
 */
export function createMailNotifier({
  smtpUrl,
  to,
  publicUrl,
  logger,
}: MailNotifierOptions): Notifier {
  const transport = nodemailer.createTransport(smtpUrl);
  const sending = new Set<Promise<unknown>>();
  return {
    signupReceived() {
      const consoleUrl = new URL('admin', publicUrl()).href;
      const send = transport
        .sendMail({
          from: to,
          to,
          subject: NOTIFICATION_SUBJECT,
          text: [
            'Someone has asked for a spot in one of your groups.',
            '',
            `To read the request, sign in to the staff console: ${consoleUrl}`,
            '',
            'For privacy, this e-mail does not include any details of the request.',
          ].join('\n'),
        })
        .then(
          () => logger.debug('notification e-mail sent'),
          (error: unknown) => {
            const { code, responseCode } = (error ?? {}) as {
              code?: unknown;
              responseCode?: unknown;
            };
            logger.warn('notification e-mail could not be sent', { code, responseCode });
          },
        )
        .finally(() => sending.delete(send));
      sending.add(send);
    },
    async close() {
      await Promise.allSettled([...sending]);
      transport.close();
    },
  };
}
