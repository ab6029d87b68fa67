import { health } from "@/lib/web/health";

// For nginx's checks and the process manager (deploy/README.md): 200 when this process can serve
// pages, 503 with the reason when it cannot. Answered afresh on every request and never stored by
// any cache.
export const dynamic = "force-dynamic";

export function GET() {
  const state = health();
  return Response.json(state, { status: state.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
