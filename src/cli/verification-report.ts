import type { ChainFinding, ChainVerification } from '../domain/acknowledgements/chain-verification';

/** One finding as a line an administrator can act on: what happened, to which items (R-SEC-4). */
export function findingLine(finding: ChainFinding): string {
  const items = finding.itemIds.map((id) => `item ${id}`).join(', ');
  const sequences = finding.sequences.join(', ');
  switch (finding.kind) {
    case 'changed':
      return `changed after signing: ${items} (sequence ${sequences}) no longer matches its seal`;
    case 'inserted':
      return `inserted outside Tillit: ${items}${sequences === '' ? '' : ` (sequence ${sequences})`} has no valid seal of its own`;
    case 'removed':
      return `removed: sequence ${sequences} missing between ${items}`;
    case 'broken-link':
      return `broken link: ${items} (sequence ${sequences}) are not chained to each other`;
    case 'edited-after-writing':
      return `edited in SharePoint after Tillit wrote it: ${items} (another editor, or more than one version)`;
    case 'removed-at-end':
      return `removed at the end: sequence ${sequences} missing after ${items === '' ? 'the start' : items}`;
    case 'head-invalid':
      return 'the chain\'s head in the Settings list is missing or its seal does not verify';
    case 'after-head':
      return `after the chain's head: ${items} (sequence ${sequences}), written but the head was not moved`;
  }
}

export function verificationReport(verification: ChainVerification): string[] {
  const head = verification.headSequence === undefined ? 'no head' : `head at sequence ${verification.headSequence}`;
  if (verification.findings.length === 0) return [`${verification.checked} acknowledgements checked, ${head}: the chain is intact.`];
  return [
    `${verification.checked} acknowledgements checked, ${head}: ${verification.findings.length} findings.`,
    ...verification.findings.map((finding) => `  ${findingLine(finding)}`)
  ];
}
