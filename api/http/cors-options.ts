/** The options yoga's CORS takes for one request; false: no CORS headers. */
type CorsAnswer =
  | false
  | { origin: string[]; methods: string[]; allowedHeaders: string[]; credentials: boolean; maxAge: number };

/**
 * Yoga's CORS for CORS_ORIGINS. With none, no request gets any access-control header (yoga's own
 * default reflects whatever Origin is sent, with credentials). With some, only a listed Origin is
 * answered, and with itself: yoga given the list would answer an unlisted one with
 * `Access-Control-Allow-Origin: null`, which a sandboxed iframe's `Origin: null` matches.
 */
export function corsFor(origins: readonly string[]): false | ((request: Request) => CorsAnswer) {
  if (origins.length === 0) return false;
  return (request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !origins.includes(origin)) return false;
    return {
      origin: [origin],
      // The web app sends these two; an editor's token travels in Authorization.
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization'],
      // The operator trusts a listed origin: its pages may send cookies or a proxy's HTTP auth too.
      credentials: true,
      maxAge: 600,
    };
  };
}
