// A Widget Tool Crisp's AI agent can call on every page of the playground: the route shown.
import { useLocation } from 'react-router';
import { useCrispTool } from '@crispkit/react';
import { addLog } from '../lib/log-store';

export const ROUTE_TOOL = 'current_route';

/** Mounted once, inside the router: useCrispTool calls the latest handler, so the route is current. */
export function RouteTool(): null {
  const { pathname, search } = useLocation();
  useCrispTool(ROUTE_TOOL, () => {
    const answer = { path: pathname, search };
    addLog('event', `hugo:tool:${ROUTE_TOOL} answered`, answer);
    return answer;
  });
  return null;
}
