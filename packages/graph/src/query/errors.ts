// Typed query errors, so callers (the CLI, the web app) can tell an unknown name from a bug.
import type { EntityHit } from "./names.ts";

/** No entity has this name; `suggestions` holds close matches. */
export class UnknownEntityError extends Error {
  override readonly name = "UnknownEntityError";

  constructor(
    readonly query: string,
    readonly suggestions: EntityHit[],
  ) {
    const hint = suggestions.length ? ` Did you mean: ${suggestions.map((s) => s.label).join(", ")}?` : "";
    super(`parley: no one called ${query}.${hint}`);
  }
}
