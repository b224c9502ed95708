/** Options of {@link createRateLimiter}. */
export interface RateLimiterOptions {
  /** Attempts allowed per key in one window. */
  limit: number;
  /** Window length in milliseconds. */
  windowMs: number;
  /** Keys kept at most (the oldest windows are dropped first). Default 10,000. */
  maxKeys?: number;
}

/** What {@link RateLimiter.hit} answers. */
export interface RateLimitDecision {
  allowed: boolean;
  /** Attempts left in the window after this one. */
  remaining: number;
  /** Seconds until the window resets. */
  retryAfterSeconds: number;
}

/** A fixed-window limiter kept in memory (one server process). */
export interface RateLimiter {
  /** Counts one attempt for `key` and says whether it is allowed. */
  hit(key: string, now?: number): RateLimitDecision;
  /** Forgets a key (e.g. after a successful login). */
  reset(key: string): void;
}

/**
 * Creates a fixed-window rate limiter, used for logins: each key (client
 * address and user name) gets `limit` attempts per `windowMs`.
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { limit, windowMs, maxKeys = 10_000 } = options;
  const windows = new Map<string, { start: number; count: number }>();
  return {
    hit(key, now = Date.now()) {
      let w = windows.get(key);
      if (!w || now - w.start >= windowMs) {
        windows.delete(key);
        if (windows.size >= maxKeys) {
          const oldest = windows.keys().next();
          if (!oldest.done) windows.delete(oldest.value);
        }
        w = { start: now, count: 0 };
        windows.set(key, w);
      }
      w.count++;
      const retryAfterSeconds = Math.max(1, Math.ceil((w.start + windowMs - now) / 1000));
      return { allowed: w.count <= limit, remaining: Math.max(0, limit - w.count), retryAfterSeconds };
    },
    reset(key) {
      windows.delete(key);
    },
  };
}
