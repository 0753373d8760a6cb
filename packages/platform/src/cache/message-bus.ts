import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import type { Logger } from '../service/logger';

/**
 * A channel every replica of every service hears: Redis pub/sub when REDIS_URL is set, else the
 * memory of this process (one replica, the default). A replica does not hear its own messages:
 * it has already done what it announces.
 */
export interface MessageBus<Message> {
  publish(message: Message): Promise<void>;
  subscribe(handler: (message: Message) => void): void;
  close(): Promise<void>;
}

export interface MessageBusOptions {
  redisUrl: string | undefined;
  /** Keeps the channels of platforms sharing one Redis apart (REDIS_KEY_PREFIX). */
  keyPrefix: string;
  logger: Logger;
}

class LocalMessageBus<Message> implements MessageBus<Message> {
  async publish(): Promise<void> {}
  subscribe(): void {}
  async close(): Promise<void> {}
}

interface Envelope<Message> {
  from: string;
  message: Message;
}

class RedisMessageBus<Message> implements MessageBus<Message> {
  private readonly replica = randomUUID();
  private readonly handlers: ((message: Message) => void)[] = [];

  constructor(
    private readonly channel: string,
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    logger: Logger,
  ) {
    subscriber.on('message', (from: string, text: string) => {
      if (from !== channel) return;
      try {
        const envelope = JSON.parse(text) as Envelope<Message>;
        if (envelope.from === this.replica) return;
        for (const handler of this.handlers) handler(envelope.message);
      } catch (error) {
        logger.warn({ err: error, channel }, 'bus: a message could not be read');
      }
    });
  }

  async publish(message: Message): Promise<void> {
    await this.publisher.publish(this.channel, JSON.stringify({ from: this.replica, message }));
  }

  subscribe(handler: (message: Message) => void): void {
    this.handlers.push(handler);
  }

  async close(): Promise<void> {
    this.subscriber.disconnect();
    this.publisher.disconnect();
  }
}

/** Opens the channel; a Redis that does not answer leaves this replica on its own, with a warning. */
export async function openMessageBus<Message>(
  channel: string,
  options: MessageBusOptions,
): Promise<MessageBus<Message>> {
  if (!options.redisUrl) return new LocalMessageBus<Message>();
  const connect = async () => {
    const client = new Redis(options.redisUrl as string, { lazyConnect: true, maxRetriesPerRequest: 1 });
    client.on('error', (error) => options.logger.warn({ err: error, channel }, 'bus: Redis error'));
    await client.connect();
    return client;
  };
  try {
    const publisher = await connect();
    const subscriber = await connect();
    const name = `${options.keyPrefix}${channel}`;
    await subscriber.subscribe(name);
    return new RedisMessageBus<Message>(name, publisher, subscriber, options.logger);
  } catch (error) {
    options.logger.warn({ err: error, channel }, 'bus: Redis cannot be reached; this replica is on its own');
    return new LocalMessageBus<Message>();
  }
}
