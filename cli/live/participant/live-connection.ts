import { reconnectDelay } from './reconnect-delay.js';

/** What {@link LiveConnection} tells the page. */
export interface LiveConnectionHandlers {
  /** The socket is open: (re)introduce the phone. */
  onOpen(): void;
  /** The socket closed or never opened; a retry is scheduled. */
  onClose(): void;
  /** One text frame from the server. */
  onMessage(text: string): void;
}

/**
 * The page's one WebSocket to the laptop, kept open: reconnects after a drop
 * with {@link reconnectDelay}'s backoff, and at once when the phone says the
 * network is back (`online`) or the page is shown again after a locked
 * screen (`visibilitychange`), because phones drop sockets while asleep.
 *
 * @example
 * const connection = new LiveConnection(`ws://${location.host}/live`, handlers);
 * connection.start();
 * connection.send({ type: 'join', code, table: 0 });
 */
export class LiveConnection {
  private socket: WebSocket | null = null;
  private attempt = 0;
  private retryTimer: number | undefined;
  private started = false;

  constructor(
    private readonly url: string,
    private readonly handlers: LiveConnectionHandlers,
    private readonly openSocket: (url: string) => WebSocket = (url) => new WebSocket(url),
  ) {}

  /** Opens the socket (once) and starts watching for the network and the screen coming back. */
  start(): void {
    if (this.started) return;
    this.started = true;
    window.addEventListener('online', () => this.retryNow());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') this.retryNow();
    });
    this.connect();
  }

  /** True while a message sent now would go out. */
  get isOpen(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  /** Sends one message as JSON; false (and nothing sent) while not connected. */
  send(message: object): boolean {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  /** Skips the backoff wait when there is no live socket (a socket still opening is left to finish). */
  retryNow(): void {
    if (!this.started || this.socket) return;
    window.clearTimeout(this.retryTimer);
    this.attempt = 0;
    this.connect();
  }

  private connect(): void {
    this.retryTimer = undefined;
    let socket: WebSocket;
    try {
      socket = this.openSocket(this.url);
    } catch {
      this.scheduleRetry();
      return;
    }
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.attempt = 0;
      this.handlers.onOpen();
    });
    socket.addEventListener('message', (event) => {
      if (typeof event.data === 'string') this.handlers.onMessage(event.data);
    });
    // 'error' is always followed by 'close', so only 'close' reconnects.
    socket.addEventListener('close', () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.handlers.onClose();
      this.scheduleRetry();
    });
  }

  private scheduleRetry(): void {
    window.clearTimeout(this.retryTimer);
    this.retryTimer = window.setTimeout(() => this.connect(), reconnectDelay(this.attempt));
    this.attempt += 1;
  }
}
