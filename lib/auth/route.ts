import "server-only";
import { authorize, SIGN_IN_PATH, type StaffContext } from "./guard";
import type { Permission } from "./roles";

type RouteContext<P> = { params: Promise<P> };

/**
 * Wraps a route handler so it cannot run without a session allowed `permission`. Anonymous
 * requests are sent to sign in; a role without the permission gets 404, revealing nothing.
 */
export function staffRoute<P = Record<string, string>>(
  permission: Permission,
  handler: (request: Request, context: StaffContext, params: P) => Promise<Response>,
) {
  const route = async (request: Request, routeContext: RouteContext<P>): Promise<Response> => {
    const outcome = await authorize(permission);
    if (!("context" in outcome)) {
      if (outcome.refusal === "forbidden") return new Response("Not found", { status: 404 });
      return new Response(null, { status: 303, headers: { Location: outcome.pendingPath ?? SIGN_IN_PATH } });
    }
    return handler(request, outcome.context, await routeContext.params);
  };
  return Object.assign(route, { permission });
}
