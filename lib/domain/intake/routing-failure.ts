/**
 * What the team reads when routing a stored request failed: a plain sentence with a reference
 * that the server log carries next to the real cause. The database's own message (a query, its
 * parameters, a constraint name) is for the log, never for the console.
 */
export function routingFailureNote(reference: string): string {
  return `Routing stopped on an unexpected error (reference ${reference}). The request is kept: open the client and use "Find a team", or give this reference to whoever runs the console.`;
}
