/**
 * A text/event-stream reader over fetch (as the console page reads its stream: fetch() and a
 * ReadableStream, html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation):
 * events (name and data) and comment lines, in order, awaited one at a time.
 */
export interface SseEvent {
  event: string;
  data: string;
}

export class SseReader {
  readonly events: SseEvent[] = [];
  readonly comments: string[] = [];
  readonly status: number;
  readonly contentType: string | null;
  #buffer = '';
  #done = false;
  #waiters: (() => void)[] = [];
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly #controller: AbortController;

  private constructor(res: Response, controller: AbortController) {
    this.status = res.status;
    this.contentType = res.headers.get('content-type');
    this.#controller = controller;
    this.#reader = res.body!.getReader();
    void this.#pump();
  }

  static async open(url: string, headers: Record<string, string> = {}): Promise<SseReader> {
    const controller = new AbortController();
    const res = await fetch(url, { headers, signal: controller.signal });
    return new SseReader(res, controller);
  }

  get done(): boolean {
    return this.#done;
  }

  async #pump(): Promise<void> {
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { value, done } = await this.#reader.read();
        if (done) break;
        this.#buffer += decoder.decode(value, { stream: true });
        this.#parse();
      }
    } catch {
      /* aborted */
    }
    this.#done = true;
    this.#wake();
  }

  #parse(): void {
    for (let end = this.#buffer.indexOf('\n\n'); end >= 0; end = this.#buffer.indexOf('\n\n')) {
      const block = this.#buffer.slice(0, end);
      this.#buffer = this.#buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) this.comments.push(line.slice(1).trim());
        else if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length) this.events.push({ event, data: data.join('\n') });
    }
    this.#wake();
  }

  #wake(): void {
    for (const w of this.#waiters.splice(0)) w();
  }

  /** Resolves once `ready()` holds, or rejects after `ms`. */
  async until(ready: () => boolean, ms = 10_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!ready()) {
      if (this.#done) throw new Error(`stream ended; events: ${this.events.length}, comments: ${this.comments.join('|')}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out; events: ${this.events.length}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.#waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Resolves when the server ended the stream. */
  async ended(ms = 10_000): Promise<void> {
    await this.until(() => this.#done, ms).catch((e: Error) => {
      if (!this.#done) throw e;
    });
  }

  close(): void {
    this.#controller.abort();
  }
}
