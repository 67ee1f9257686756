import { UserFacingError } from './user-facing-error.ts';

/** One line for a failure the user can fix; the whole stack only for a bug. */
export function reportFatal(error: unknown): void {
  if (error instanceof UserFacingError) console.error(`chain-atlas: ${error.message}`);
  else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`chain-atlas: ${(error as Error).message}: set PORT (and HOST) to serve elsewhere.`);
  } else console.error(error);
}
