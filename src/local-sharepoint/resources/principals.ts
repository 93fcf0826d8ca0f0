import type { ApiRequest } from '../http/api-request';
import type { Entity } from '../http/odata-response';
import type { GroupRecord, SiteStore, SiteUserRecord } from '../store/site-store';

/** A site user as SharePoint's `SP.User` entity. */
export function userEntity(user: SiteUserRecord): Entity {
  return {
    type: 'SP.User',
    editLink: `Web/GetUserById(${user.id})`,
    props: {
      Id: user.id,
      IsHiddenInUI: false,
      LoginName: user.loginName,
      Title: user.title,
      PrincipalType: user.principalType,
      Email: user.email,
      Expiration: '',
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      IsSiteAdmin: user.isSiteAdmin,
      UserId: user.principalType === 1 ? { NameId: user.email, NameIdIssuer: 'urn:federation:microsoftonline' } : null,
      UserPrincipalName: user.principalType === 1 ? user.email : null
    }
  };
}

/** A SharePoint group; the site's owners group owns every group, as on a new SharePoint Online site. */
export function groupEntity(store: SiteStore, group: GroupRecord): Entity {
  const members = store.associatedGroup('member');
  return {
    type: 'SP.Group',
    editLink: `Web/SiteGroups/GetById(${group.id})`,
    props: {
      Id: group.id,
      IsHiddenInUI: false,
      LoginName: group.title,
      Title: group.title,
      PrincipalType: 8,
      AllowMembersEditMembership: members?.id === group.id,
      AllowRequestToJoinLeave: false,
      AutoAcceptRequestToJoinLeave: false,
      Description: group.description,
      OnlyAllowMembersViewMembership: false,
      OwnerTitle: store.associatedGroup('owner')?.title ?? 'System Account'
    }
  };
}

/** What `<UserField>/<Prop>` projects in `$expand`, as the UserInfo list answers it. */
export function userInfoValue(user: SiteUserRecord, prop: string): unknown {
  switch (prop.toLowerCase()) {
    case 'id':
      return user.id;
    case 'title':
      return user.title;
    case 'email':
      return user.email;
    case 'name':
      return user.loginName;
    case 'username':
      return user.email;
    default:
      return undefined;
  }
}

export function userInfoKey(prop: string): string {
  const known: Record<string, string> = { id: 'Id', title: 'Title', email: 'EMail', name: 'Name', username: 'UserName' };
  return known[prop.toLowerCase()] ?? prop;
}

export function bodyString(request: ApiRequest, ...names: string[]): string | undefined {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const parameters = (body.parameters ?? {}) as Record<string, unknown>;
  for (const name of names) {
    for (const source of [body, parameters]) {
      const key = Object.keys(source).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
      if (key !== undefined && typeof source[key] === 'string') return source[key] as string;
    }
  }
  return undefined;
}
