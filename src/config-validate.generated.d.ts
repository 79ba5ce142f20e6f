/** The config validator compiled from schema/config.schema.json (see scripts/generate-config-validator.mjs). */
import type { ValidateFunction } from 'ajv';

export declare const validate: ValidateFunction;
export default validate;
