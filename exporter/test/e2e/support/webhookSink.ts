/**
 * A tiny Alertmanager webhook receiver on 127.0.0.1: records every notification with the path it was
 * posted to (the e2e test points each receiver at `/<receiver name>`).
 */
import { createServer, type Server } from 'node:http';

export interface WebhookAlert {
  status: 'firing' | 'resolved';
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

export interface Notification {
  receiverPath: string;
  status: string;
  alerts: WebhookAlert[];
}

export interface WebhookSink {
  url: string;
  notifications: Notification[];
  close: () => Promise<void>;
}

export async function startWebhookSink(): Promise<WebhookSink> {
  const notifications: Notification[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      try {
        const payload = JSON.parse(body) as { status: string; alerts: WebhookAlert[] };
        notifications.push({ receiverPath: req.url ?? '', status: payload.status, alerts: payload.alerts });
        res.writeHead(200).end();
      } catch {
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    notifications,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The alerts received at `receiver` matching `match`, in arrival order. */
export function received(
  sink: WebhookSink,
  receiver: string,
  match: (a: WebhookAlert) => boolean,
): WebhookAlert[] {
  return sink.notifications
    .filter((n) => n.receiverPath === `/${receiver}`)
    .flatMap((n) => n.alerts.filter(match));
}
