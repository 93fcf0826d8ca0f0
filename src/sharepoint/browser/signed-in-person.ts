import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { z } from 'zod';
import { parseOrThrow } from '../../domain/shared/validation';
import { translateErrors } from '../sharepoint-errors';
import type { BrowserSite } from './browser-site';

const currentUserSchema = z.object({
  Title: z.string(),
  Email: z.string(),
  IsSiteAdmin: z.boolean()
});

/** Who SharePoint says is signed in: the name the page greets and the account its writes carry. */
export interface SignedInPerson {
  readonly displayName: string;
  readonly email: string;
  readonly isSiteAdmin: boolean;
}

export async function readSignedInPerson(site: BrowserSite): Promise<SignedInPerson> {
  const user = await translateErrors('the signed-in user', () => site.sp.web.currentUser.select('Title', 'Email', 'IsSiteAdmin')());
  const parsed = parseOrThrow(currentUserSchema, user, 'The signed-in user');
  return { displayName: parsed.Title, email: parsed.Email.toLowerCase(), isSiteAdmin: parsed.IsSiteAdmin };
}
