import WebSocket from 'ws';
import { z } from 'zod';

/**
 * Drives Microsoft 365 Agents Playground headlessly (DESIGN.md, Agents Playground): messages and
 * invokes over its HTTP API, the bot's answers read from its WebSocket stream. Other personas than
 * the current user speak through `/_internal/v1/customActivities`, built on its own template.
 *
 * The WebSocket client is `ws` 8, a devDependency: Node 20 has no global WebSocket without a flag.
 */
const streamEventSchema = z.object({
  action: z.string(),
  actionConversationId: z.string().optional(),
  message: z.object({ messageId: z.string(), text: z.string().optional(), attachments: z.array(z.object({ contentType: z.string(), content: z.unknown() })).optional() }).passthrough()
});
export type BotMessage = z.infer<typeof streamEventSchema>['message'] & { readonly conversationId: string | undefined };

export interface PlaygroundActivity {
  readonly type: 'message';
  readonly text: string;
  readonly locale: string;
  readonly from: { readonly id: string; readonly aadObjectId: string; readonly name?: string };
  readonly conversationId: string;
  /** A channel of a team: Teams names the team in channelData. */
  readonly teamId?: string;
}

export class PlaygroundClient {
  private readonly received: BotMessage[] = [];
  private waiters: Array<() => void> = [];

  private constructor(
    public readonly url: string,
    private readonly socket: WebSocket
  ) {}

  public static async connect(url: string): Promise<PlaygroundClient> {
    const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/_ws_conversation/v1/conversations/stream`);
    const client = new PlaygroundClient(url, socket);
    socket.on('message', (data: WebSocket.RawData) => client.onEvent(data.toString()));
    await new Promise<void>((resolve, reject) => {
      socket.on('open', resolve);
      socket.on('error', reject);
    });
    return client;
  }

  private onEvent(raw: string): void {
    const parsed = streamEventSchema.safeParse(JSON.parse(raw));
    if (!parsed.success || parsed.data.action !== 'createMessage') return;
    this.received.push({ ...parsed.data.message, conversationId: parsed.data.actionConversationId });
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** How many bot messages arrived so far: pass it to `next` to wait for what comes after. */
  public get count(): number {
    return this.received.length;
  }

  /** The first bot message after `after` that matches, waiting up to `timeoutMs`. */
  public async next(after: number, matches: (message: BotMessage) => boolean = () => true, timeoutMs = 30_000): Promise<BotMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.slice(after).find(matches);
      if (found !== undefined) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`No matching bot message within ${timeoutMs} ms; received: ${JSON.stringify(this.received.slice(after)).slice(0, 2000)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private async post(path: string, body: unknown): Promise<unknown> {
    const response = await fetch(`${this.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const text = await response.text();
    if (!response.ok) throw new Error(`Agents Playground answered ${response.status} to ${path}: ${text.slice(0, 500)}`);
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  }

  /** Installs the bot in a conversation (the personal chat, or the team), as Teams' install events do. */
  public async install(conversationId: string): Promise<void> {
    await this.post(`/_debug/conversation/${encodeURIComponent(conversationId)}/installation`, {});
  }

  /** The current user writes in the personal chat (Playground's own locale, en-US). */
  public async say(conversationId: string, text: string): Promise<void> {
    await this.post(`/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`, { from: { id: 'user-id-0' }, text, textFormat: 'plain' });
  }

  /** Anyone in the configuration writes anywhere, in any locale: a custom activity on Playground's template. */
  public async send(activity: PlaygroundActivity): Promise<void> {
    const response = await fetch(`${this.url}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(activity.conversationId)}`);
    const template = z.record(z.unknown()).parse(await response.json());
    const { id: _id, ...rest } = template;
    await this.post('/_internal/v1/customActivities', {
      ...rest,
      type: activity.type,
      text: activity.text,
      textFormat: 'plain',
      locale: activity.locale,
      from: activity.from,
      ...(activity.teamId === undefined ? {} : { channelData: { ...(rest.channelData as object | undefined), team: { id: activity.teamId } } })
    });
  }

  /** Presses an Action.Execute button of the card `replyToId` (Universal Actions); answers the invoke response Playground hands back. */
  public async execute(options: { readonly as: string; readonly conversationId: string; readonly replyToId: string; readonly verb: string; readonly data: Record<string, unknown> }): Promise<unknown> {
    return this.post('/_conversation/v1/invoke', {
      name: 'adaptiveCard/action',
      from: { id: options.as },
      conversation: { id: options.conversationId },
      replyToId: options.replyToId,
      value: { action: { type: 'Action.Execute', verb: options.verb, data: options.data }, trigger: 'manual' }
    });
  }

  public close(): void {
    this.socket.close();
  }
}

/** The Adaptive Card of a bot message, or undefined. */
export function cardOf(message: BotMessage): Record<string, unknown> | undefined {
  const attachment = message.attachments?.find((candidate) => candidate.contentType === 'application/vnd.microsoft.card.adaptive');
  return attachment === undefined ? undefined : z.record(z.unknown()).parse(attachment.content);
}
