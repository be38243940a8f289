import { randomBytes } from 'node:crypto';

/** The data of one request, fenced by a marker the data cannot contain. */
export interface DataBlock {
  /** The random marker of this block (12 hex digits). */
  marker: string;
  /** `<<<DATA marker>>>`, the value as one line of JSON, `<<<END DATA marker>>>`. */
  text: string;
}

export const dataOpen = (marker: string) => `<<<DATA ${marker}>>>`;
export const dataClose = (marker: string) => `<<<END DATA ${marker}>>>`;

/**
 * `value` as a fenced data block for a prompt. Text users wrote travels only in here: as JSON string
 * contents it cannot start a line, and with every "<" escaped (still valid JSON) it cannot write a fence,
 * guessed marker or not. The prompts say that nothing inside a block is an instruction.
 */
export function fenceData(value: unknown): DataBlock {
  const marker = randomBytes(6).toString('hex');
  const json = JSON.stringify(value).replace(/</g, '\\u003c');
  return { marker, text: `${dataOpen(marker)}\n${json}\n${dataClose(marker)}` };
}
