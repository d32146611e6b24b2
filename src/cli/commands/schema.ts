import { noticeSchemaText } from '../../schema/load-schema.js';
import type { CliIo } from '../io-context.js';

export function runSchema(io: CliIo): number {
  io.stdout(noticeSchemaText());
  return 0;
}
