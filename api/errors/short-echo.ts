/** How much of a quoted value a message repeats: enough to recognise it, never a 100 KB argument back. */
export const MAX_ECHO = 60;
/** A message as a whole: our own sentences are under 300 characters; the rest is what a client sent. */
export const MAX_MESSAGE = 1_000;

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * An error message with the input it quotes cut short: each "quoted" value to MAX_ECHO
 * characters, and graphql-js's own echo of a literal or variable (printed after "value: " or
 * "value ") likewise; a value with quotes of its own inside, which no quoted span bounds, is cut
 * with the message at MAX_MESSAGE.
 */
export function shortEcho(message: string): string {
  const quoted = message.replace(/"([^"]*)"/g, (_, inside: string) => `"${shorten(inside, MAX_ECHO)}"`);
  const echoed = quoted.replace(/(value:? )(\S{61,})/g, (_, before: string, value: string) => before + shorten(value, MAX_ECHO));
  return shorten(echoed, MAX_MESSAGE);
}
