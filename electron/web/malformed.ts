import type http from 'node:http';
import type { Socket } from 'node:net';

const CLIENT_ERROR_STATUS: Record<string, string> = {
  ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
  HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
};

const reply = (status: string) =>
  `HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`;

/**
 * What never reaches a route: requests Node's parser rejects, timeouts, tunnels and protocol
 * switches. Each is answered where the socket allows and closed; none may throw.
 */
export function refuseMalformed(server: http.Server): void {
  // A malformed request line or header, or a timeout: answer (unless a response already went
  // out on this connection, which a status line would corrupt) and close, as Node does.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    if (socket.writable && socket.bytesWritten === 0) {
      socket.write(reply(CLIENT_ERROR_STATUS[err.code ?? ''] ?? '400 Bad Request'));
    }
    socket.destroy();
  });
  // No tunnels and no WebSocket or h2c. Node has detached these sockets from the server, its
  // error listener included: an unheard reset would be an uncaught exception. The server keeps
  // sockets half-open, so each is destroyed once the answer is written.
  const refuse = (status: string) => (_req: http.IncomingMessage, socket: Socket) => {
    socket.on('error', () => socket.destroy());
    socket.end(reply(status), () => socket.destroy());
  };
  server.on('connect', refuse('405 Method Not Allowed'));
  server.on('upgrade', refuse('400 Bad Request'));
}
