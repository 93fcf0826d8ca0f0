import { z } from 'zod';
import { isoDateSchema } from '../shared/calendar';
import { emailSchema, idSchema } from '../shared/person-ref';

/** A meeting of the security council (informationssäkerhetsråd), about four a year (R-MTG). */
export const councilMeetingSchema = z.object({
  id: idSchema,
  heldOn: isoDateSchema,
  attendeeEmails: z.array(emailSchema).default([]),
  minutes: z.string().default(''),
  decisions: z.array(z.string().trim().min(1)).default([]),
  actionIds: z.array(idSchema).default([])
});
export type CouncilMeeting = z.infer<typeof councilMeetingSchema>;
