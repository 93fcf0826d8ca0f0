import { z } from 'zod';
import { tcpPortSchema } from '../src/cli/tcp-port-schema';

/** The app service's settings from the environment, validated before anything starts. */
export const appServiceEnvironmentSchema = z.object({
  /** The bot's usual port (DESIGN.md); 127.0.0.1 only. */
  TILLIT_APP_PORT: tcpPortSchema.default('3978')
});

export type AppServiceEnvironment = z.infer<typeof appServiceEnvironmentSchema>;
