/**
 * Every limit of the session server, in one place. The server runs on a trainer's laptop on a
 * shared (often guest) network for an hour or two, for one room of people: the numbers are
 * generous for a room and tight for anyone trying to keep it busy or guess its codes.
 */
export interface SessionLimits {
  /** Largest request body: an answer document is 1–3 kB; 64 kB leaves room for long notes. */
  bodyBytes: number;
  /** Time for a client to send all request headers; a slow-headers client is cut off after it. */
  headersTimeoutMs: number;
  /** Time for a whole request, body included. */
  requestTimeoutMs: number;
  /** An idle kept-alive connection is closed after this long. */
  keepAliveTimeoutMs: number;
  /** How often Node checks the two timeouts above (its default, 30 s, would let them run long). */
  timeoutCheckMs: number;
  /** Wrong codes (unknown addresses, wrong participant secrets) per address in `wrongCodeWindowMs`. */
  wrongCodes: number;
  wrongCodeWindowMs: number;
  /** Participants in one session: files in the folder; a new one beyond it is refused. */
  participants: number;
  /** Accepted submissions (first answers and revisions) in one run of the server. */
  submissions: number;
  /** Projector pages connected for live updates at once. */
  projectors: number;
  /** A comment on every live connection this often, so proxies and phones keep it open. */
  heartbeatMs: number;
}

/** The limits `kantellat session` runs with. Tests may pass shorter timeouts; nothing else changes them. */
export const SESSION_LIMITS: Readonly<SessionLimits> = {
  bodyBytes: 64 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 20_000,
  keepAliveTimeoutMs: 5_000,
  timeoutCheckMs: 1_000,
  wrongCodes: 20,
  wrongCodeWindowMs: 60_000,
  participants: 500,
  submissions: 5_000,
  projectors: 10,
  heartbeatMs: 20_000,
};
