import { createHash } from 'node:crypto';
import { DEMO_PERSONAS, type DemoPersona, type DemoPersonaKey } from '../../src/demo/demo-personas';

/**
 * Who chats with the bot in Agents Playground (`npm start`): demo personas whose digests differ,
 * so a tester sees the bot as each would. The schema (0.1.1) wants one current user and exactly five others.
 */
export const PLAYGROUND_CURRENT_USER: DemoPersonaKey = 'securityCoordinator';
export const PLAYGROUND_OTHER_USERS = ['informationOwner', 'systemOwner', 'newManager', 'employee', 'dataProtectionOfficer'] as const satisfies readonly DemoPersonaKey[];

export interface PlaygroundUser {
  readonly id: string;
  readonly name: string;
  /** Spelled as Agents Playground's schema spells it. */
  readonly userPrincipleName: string;
  readonly aadObjectId: string;
  readonly givenName: string;
  readonly surname: string;
  readonly email: string;
}

/** A stable made-up Entra object id per e-mail (a GUID's shape): the same persona is the same person at every start. */
export function demoAadObjectId(email: string): string {
  const hex = createHash('sha256').update(`tillit-demo-entra:${email.toLowerCase()}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function playgroundUser(persona: DemoPersona, id: string): PlaygroundUser {
  return {
    id,
    name: `${persona.firstName} ${persona.lastName}`,
    userPrincipleName: persona.email,
    aadObjectId: demoAadObjectId(persona.email),
    givenName: persona.firstName,
    surname: persona.lastName,
    email: persona.email
  };
}

export const PLAYGROUND_TENANT_ID = '5e1f3c4a-7d2b-4c1e-9a0d-7ee1110ca1ed';
export const PLAYGROUND_BOT_ID = '28:tillit-local';
export const PLAYGROUND_PERSONAL_CHAT_ID = 'tillit-personal-chat';

/**
 * The `.m365agentsplayground.yml` (schema 0.1.1) as an object; written as JSON, which YAML reads as
 * it is, so no YAML writer is needed.
 */
export function playgroundConfig(): Record<string, unknown> {
  return {
    version: '0.1.1',
    tenantId: PLAYGROUND_TENANT_ID,
    bot: { id: PLAYGROUND_BOT_ID, name: 'Tillit' },
    currentUser: playgroundUser(DEMO_PERSONAS[PLAYGROUND_CURRENT_USER], 'user-id-0'),
    users: PLAYGROUND_OTHER_USERS.map((key, index) => playgroundUser(DEMO_PERSONAS[key], `user-id-${index + 1}`)),
    personalChat: { id: PLAYGROUND_PERSONAL_CHAT_ID },
    groupChat: { id: 'tillit-group-chat', name: 'Informationssäkerhetsrådet' },
    team: { id: 'tillit-team', name: 'Tillit', aadGroupId: 'a1f0c1d2-0000-4000-8000-7ee11170ea01', channels: [{ id: 'tillit-channel-security', name: 'Informationssäkerhet' }] }
  };
}
