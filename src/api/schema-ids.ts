import { configSchema } from '../config/config-schema.js';
import { noticeSchema } from '../schema/load-schema.js';

/** The `$id`s of the notice and config schemas, recorded in the manifest. */
export function schemaIds(): { notice: string; config: string } {
  return { notice: String(noticeSchema().$id ?? ''), config: String(configSchema().$id ?? '') };
}
