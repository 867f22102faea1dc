/**
 * A real SMTP server for a test (the smtp-server package, no TLS, no login), keeping what it
 * received. `stop()` closes it, so a test can take the mail server away and bring it back on the
 * same port.
 */
import net from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
  /** The body, decoded when it came base64-encoded. */
  text: string;
  /** The X-ChainLift-Notification header: the inbox item it carries. */
  notificationId: string | undefined;
  subject: string | undefined;
}

export interface TestSmtp {
  url: string;
  port: number;
  mails: ReceivedMail[];
  stop(): Promise<void>;
}

/** A header's value, its folded lines joined. */
const header = (raw: string, name: string) =>
  new RegExp(`^${name}:\\s*(.*)$`, 'mi')
    .exec(raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ''))?.[1]
    ?.trim();

/** A free TCP port on 127.0.0.1 (for a server that is started later). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startSmtp(port = 0, mails: ReceivedMail[] = []): Promise<TestSmtp> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const body = raw
          .split(/\r?\n\r?\n/)
          .slice(1)
          .join('\n\n');
        const base64 = /^content-transfer-encoding:\s*base64/im.test(raw);
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          text: base64 ? Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8') : body,
          notificationId: header(raw, 'X-ChainLift-Notification'),
          subject: header(raw, 'Subject'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.server.address() as net.AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${actual}`,
    port: actual,
    mails,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
