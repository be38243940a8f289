/** What yoga's `cors` option accepts from a function: the CORS answer for one request, or false for none. */
export interface CorsAnswer {
  origin: string[];
  credentials: boolean;
  methods: string[];
  allowedHeaders: string[];
  exposedHeaders: string[];
  maxAge: number;
}

/**
 * Cross-origin access is closed unless the request's Origin is on the allow-list
 * (PROVENANT_CORS_ORIGINS): a browser page from anywhere else gets no CORS headers, so the browser
 * keeps its response from the page. Credentials mode is never allowed: the API takes a bearer
 * token in the Authorization header, never a cookie.
 */
export function corsPolicy(allowed: readonly string[]): (request: Request) => CorsAnswer | false {
  const origins = new Set(allowed);
  return (request) => {
    const origin = request.headers.get('origin');
    if (!origin || !origins.has(origin)) return false;
    return {
      origin: [origin],
      credentials: false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['authorization', 'content-type', 'x-request-id'],
      exposedHeaders: ['retry-after', 'x-request-id'],
      maxAge: 600,
    };
  };
}
