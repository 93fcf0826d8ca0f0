import { TimelinePipe } from '@pnp/core';
import { Queryable } from '@pnp/queryable';

/** A request @pnp/sp handed to `send`, held until the test answers it. */
export interface CapturedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: string;
  answer(response: Response): void;
}

/**
 * Stands in for the network: a behavior that replaces the `send` moment (queryable.ts runs
 * pre → auth → send → parse), so everything @pnp/sp builds is real but nothing leaves the process.
 * A batch copies its base's `send` observers (batching.js, BatchQueryable), so the outgoing
 * `$batch` POST lands here too, while each batched child's `send` is replaced by the batch's.
 */
export function captureSend(): { behavior: TimelinePipe<Queryable>; nextRequest(): Promise<CapturedRequest> } {
  const captured: CapturedRequest[] = [];
  const waiting: ((request: CapturedRequest) => void)[] = [];

  const behavior: TimelinePipe<Queryable> = (instance) => {
    instance.on.send.replace(
      (url: URL, init: RequestInit) =>
        new Promise<Response>((resolve) => {
          const request: CapturedRequest = {
            url: url.toString(),
            method: init.method ?? 'GET',
            headers: new Headers(init.headers),
            body: typeof init.body === 'string' ? init.body : '',
            answer: resolve,
          };
          const waiter = waiting.shift();
          if (waiter === undefined) {
            captured.push(request);
          } else {
            waiter(request);
          }
        })
    );
    return instance;
  };

  const nextRequest = (): Promise<CapturedRequest> => {
    const ready = captured.shift();
    return ready !== undefined ? Promise.resolve(ready) : new Promise((resolve) => waiting.push(resolve));
  };

  return { behavior, nextRequest };
}
