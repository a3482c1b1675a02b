// How the real client refuses a command: it throws while processing its queue, the command is
// lost and the error only reaches the console. The fake throws the same way and records it.

/** Thrown by a command handler for input the real client refuses. */
export class CommandRefused extends Error {
  override readonly name = 'CommandRefused';
}

/** Refuse the command being processed; `execute` catches it, records it and goes on with the queue. */
export function refuse(message: string): never {
  throw new CommandRefused(message);
}
