import { PermissionKind } from './permission-kind';

/**
 * SharePoint's SP.BasePermissions: a 64-bit mask as two unsigned 32-bit halves. On the wire
 * SharePoint writes both halves as strings (`{"High":"432","Low":"1011028719"}`, Edm.Int64).
 */
export interface BasePermissions {
  readonly high: number;
  readonly low: number;
}

export const EMPTY_MASK: BasePermissions = { high: 0, low: 0 };
/** Every permission: what a site collection administrator has everywhere. */
export const FULL_MASK: BasePermissions = { high: 0x7fffffff, low: 0xffffffff };

function bitOf(kind: PermissionKind): BasePermissions {
  const bit = kind - 1;
  if (bit < 0 || bit >= 64) return EMPTY_MASK;
  return bit < 32 ? { high: 0, low: (1 << bit) >>> 0 } : { high: (1 << (bit - 32)) >>> 0, low: 0 };
}

export function hasPermission(mask: BasePermissions, kind: PermissionKind): boolean {
  if (kind === PermissionKind.EmptyMask) return true;
  if (kind === PermissionKind.FullMask) return mask.high === FULL_MASK.high && mask.low === FULL_MASK.low;
  const bit = bitOf(kind);
  return ((mask.high & bit.high) | (mask.low & bit.low)) !== 0;
}

export function unionOf(...masks: readonly BasePermissions[]): BasePermissions {
  let high = 0;
  let low = 0;
  for (const mask of masks) {
    high = (high | mask.high) >>> 0;
    low = (low | mask.low) >>> 0;
  }
  return { high, low };
}

export function withoutPermissions(mask: BasePermissions, ...kinds: readonly PermissionKind[]): BasePermissions {
  let { high, low } = mask;
  for (const kind of kinds) {
    const bit = bitOf(kind);
    high = (high & ~bit.high) >>> 0;
    low = (low & ~bit.low) >>> 0;
  }
  return { high, low };
}

/** The names of the permissions in a mask, in SharePoint's order (for messages and tests). */
export function permissionNames(mask: BasePermissions): string[] {
  return Object.entries(PermissionKind)
    .filter(([, kind]) => kind !== PermissionKind.EmptyMask && kind !== PermissionKind.FullMask && hasPermission(mask, kind))
    .map(([name]) => name);
}

/** SP.BasePermissions as SharePoint writes it: both halves as strings. */
export function basePermissionsJson(mask: BasePermissions): { High: string; Low: string } {
  return { High: String(mask.high), Low: String(mask.low) };
}
