import { z } from 'zod';

const PORT_MESSAGE = 'must be a TCP port, a whole number from 0 to 65535 (0 picks a free one)';

/**
 * A port as written on a command line or in an environment variable. Digits only: z.coerce.number
 * would read '' as 0 and quietly pick a random port.
 */
export const tcpPortSchema = z
  .string()
  .trim()
  .regex(/^\d{1,5}$/, PORT_MESSAGE)
  .transform(Number)
  .pipe(z.number().max(65535, PORT_MESSAGE));
