/** One event of the hash-chained audit trail, as the audit queries read it back. */
export interface AuditEvent {
  seq: number;
  at: string;
  actor: string;
  action: string;
  targets: string[];
  inputDigest: string;
  prevHash: string;
  hash: string;
  requestId: string | null;
}
