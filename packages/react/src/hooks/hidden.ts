// useCrispHidden: hide the chat while any mounted component asks for it.
import { useEffect } from 'react';
import { hideChat } from '@crispkit/core';
import { useCrisp } from '../context';

/**
 * Hides the chat while at least one mounted component calls this with `true` (the core's
 * `hideChat` counts the holds), and shows it again when none does.
 */
export function useCrispHidden(hidden = true): void {
  const client = useCrisp();
  useEffect(() => (hidden ? hideChat(client) : undefined), [client, hidden]);
}
